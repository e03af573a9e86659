package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// runIn is run with standard input.
func runIn(t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, streams{In: stdin, Out: &out, Err: &errb})
	return out.String(), errb.String(), code
}

type jsonFile struct {
	Path   string
	Format string
	Error  string
	Checks []struct{ Rule, Status string }
}

func jsonFiles(t *testing.T, out string) []jsonFile {
	t.Helper()
	var rep struct{ Files []jsonFile }
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not a JSON report: %v\n%.2000s", err, out)
	}
	return rep.Files
}

// badServer answers the URL rows: slowly, with errors, with redirects.
func badServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(_ http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "database on fire", http.StatusInternalServerError)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		if n == 0 {
			w.Header().Set("Content-Type", "text/markdown")
			_, _ = w.Write([]byte("# Privacy\n\nWe collect your email address.\n"))
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/privacy.txt", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestBadInputs: every kind of input that cannot be checked gives one line
// on stderr naming it and the cause and exit status 2, and the good policy
// beside it is still checked and reported. Inputs that are odd but
// readable (malformed markup, absurd nesting, a 10 MB line) are checked,
// in reasonable time.
func TestBadInputs(t *testing.T) {
	srv := badServer(t)
	dir := t.TempDir()
	file := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	type input struct {
		arg   string
		flags []string
		stdin string
	}
	tests := []struct {
		name  string
		setup func(t *testing.T) input
		// cause is in the one stderr line; "" means the input is checked.
		cause string
	}{
		{"missing file", func(*testing.T) input { return input{arg: filepath.Join(dir, "nope.md")} }, "no such file"},
		{"unreadable file (mode 000)", func(t *testing.T) input {
			if os.Geteuid() == 0 {
				t.Skip("root reads files whatever their mode; the next row covers an unreadable path as root")
			}
			p := file("locked.md", []byte("# Privacy\n"))
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
			return input{arg: p}
		}, "permission denied"},
		{"unreadable path (parent is a file)", func(*testing.T) input {
			return input{arg: filepath.Join(file("plain.md", []byte("# P\n")), "child.md")}
		}, "part of the path is a file, not a directory"},
		{"directory with no policies", func(*testing.T) input {
			file("nopolicies/logo.png", []byte("x"))
			file("nopolicies/.git/x.md", []byte("# Hidden\n"))
			return input{arg: filepath.Join(dir, "nopolicies")}
		}, "no policy file in this directory"},
		{"empty file", func(*testing.T) input { return input{arg: file("empty.md", nil)} }, "the file is empty"},
		{"whitespace only", func(*testing.T) input { return input{arg: file("blank.txt", []byte(" \n\t\r\n"))} }, "the file is empty"},
		{"markup without text", func(*testing.T) input {
			return input{arg: file("shell.html", []byte("<html><body><div></div></body></html>"))}
		}, "the file has no text to check"},
		{"NUL bytes", func(*testing.T) input {
			return input{arg: file("data.txt", []byte("Privacy\x00Policy\x00\x01\x02"))}
		}, "binary (it contains NUL bytes), not a policy"},
		{"PDF named .html", func(*testing.T) input {
			return input{arg: file("policy-pdf.html", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))}
		}, "a PDF document, not a policy"},
		{"PNG named .md", func(*testing.T) input {
			return input{arg: file("shot.md", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))}
		}, "a PNG image, not a policy"},
		{"JPEG", func(*testing.T) input {
			return input{arg: file("photo.txt", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"))}
		}, "a JPEG image"},
		{"GIF", func(*testing.T) input { return input{arg: file("anim.html", []byte("GIF89a\x01\x00\x01\x00\x80\x00"))} }, "a GIF image"},
		{"ZIP (a .docx)", func(*testing.T) input {
			return input{arg: file("policy-docx.md", []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00"))}
		}, "a ZIP archive"},
		{"GZIP", func(*testing.T) input {
			return input{arg: file("policy.html.gz.html", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))}
		}, "a gzip-compressed file"},
		{"file over --max-size", func(t *testing.T) input {
			p := file("huge.html", nil)
			// Sparse: the size check must refuse it from stat alone.
			if err := os.Truncate(p, 21<<20); err != nil {
				t.Fatal(err)
			}
			return input{arg: p}
		}, "the file is 21 MB, over the --max-size limit of 20 MB"},
		{"standard input over --max-size", func(*testing.T) input {
			return input{arg: "-", flags: []string{"--max-size", "8KB"}, stdin: strings.Repeat("We collect data. ", 1000)}
		}, "more than 8 KB, over the --max-size limit"},
		{"empty standard input", func(*testing.T) input { return input{arg: "-", stdin: ""} }, "the file is empty"},
		{"URL that times out", func(*testing.T) input {
			return input{arg: srv.URL + "/slow", flags: []string{"--url-timeout", "200ms"}}
		}, "no complete response within 200ms (--url-timeout)"},
		{"URL answering 404", func(*testing.T) input { return input{arg: srv.URL + "/missing"} }, "HTTP 404 Not Found"},
		{"URL answering 500", func(*testing.T) input { return input{arg: srv.URL + "/broken"} }, "HTTP 500 Internal Server Error"},
		{"URL redirecting 6 times", func(*testing.T) input { return input{arg: srv.URL + "/hop/6"} }, "more than 5 redirects"},
		{"URL redirecting to ftp", func(*testing.T) input { return input{arg: srv.URL + "/to-ftp"} }, "redirected to ftp://example.com/privacy.txt: only http and https URLs are followed"},
		{"ftp URL", func(*testing.T) input { return input{arg: "ftp://example.com/privacy.txt"} }, "ftp URLs are not supported: only http and https"},
		{"HTML nested 100,000 levels", func(*testing.T) input {
			deep := "<p>We collect your email address.</p>" + strings.Repeat("<div>", 100000) + "Deep words." + strings.Repeat("</div>", 100000)
			return input{arg: file("deep.html", []byte(deep))}
		}, ""},
		{"a 10 MB single line", func(*testing.T) input {
			words := []string{"we", "collect", "your", "email", "address", "and", "share", "it", "with", "processors"}
			var b strings.Builder
			for i := 0; b.Len() < 10<<20; i++ {
				b.WriteString(words[i%len(words)])
				b.WriteByte(' ')
			}
			return input{arg: file("oneline.md", []byte(b.String()))}
		}, ""},
		{"malformed HTML", func(*testing.T) input {
			return input{arg: file("broken.html", []byte("<html><body><p>We collect <b>your email<p>address</i></table><div <span>and more</body></x>"))}
		}, ""},
		{"malformed Markdown", func(*testing.T) input {
			return input{arg: file("broken.md", []byte("# Privacy\n\n```\nunclosed fence\n\n[link](<broken\n| a | b\n|---\n* * *\n> > > We collect data **unclosed\n"))}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.setup(t)
			args := append([]string{"check", "--format", "json"}, in.flags...)
			args = append(args, in.arg, example)
			start := time.Now()
			out, stderr, code := runIn(t, strings.NewReader(in.stdin), args...)
			if d := time.Since(start); d > 60*time.Second {
				t.Errorf("took %s", d)
			}
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
				t.Fatalf("crash:\n%s", stderr)
			}
			files := jsonFiles(t, out)
			if len(files) != 2 || files[0].Path != in.arg || files[1].Path != example {
				t.Fatalf("want the input and the example reported, in order: %+v", files)
			}
			if files[1].Error != "" || len(files[1].Checks) < 27 {
				t.Errorf("the example was not checked: %+v", files[1])
			}
			if tt.cause == "" {
				if code != 1 || stderr != "" || files[0].Error != "" || len(files[0].Checks) == 0 {
					t.Errorf("want the input checked (exit 1, its failures reported): exit %d, stderr %q, %+v", code, stderr, files[0])
				}
				return
			}
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			want := "policylint: " + in.arg + ": "
			if len(lines) != 1 || !strings.HasPrefix(lines[0], want) || !strings.Contains(lines[0], tt.cause) {
				t.Errorf("stderr should be one line %q…%q…, got:\n%s", want, tt.cause, stderr)
			}
			if !strings.Contains(files[0].Error, tt.cause) {
				t.Errorf("the report's error is %q, want %q in it", files[0].Error, tt.cause)
			}
		})
	}
}
