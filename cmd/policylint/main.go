// Command policylint checks privacy policies against the GDPR's disclosure
// requirements.
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], defaultStreams()))
}
