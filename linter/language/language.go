// Package language tells which language a policy is written in, from the
// share of each language's most common function words among its words.
// Function words make up a third to a half of any running text, so a few
// dozen per language tell apart even closely related languages (Danish and
// Swedish, Spanish and Portuguese) once a paragraph or two is available.
package language

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sampleSize is how much of a text Detect reads: a policy's language does
// not change after its first pages, and the whole text may be megabytes.
const sampleSize = 20000

// minTokens is the fewest words Detect decides on; below that a heading or
// a sentence of names and numbers says too little.
const minTokens = 20

// stopWords are the commonest function words of each language, as they
// appear in privacy policies (which say "your", "our", "data" and "may" far
// more than general text). Words shared between languages count for each.
var stopWords = map[string]string{
	"en": `the and of to a in is that for you your we our with be this are as by on or not will
		may have any it from which can us if at an these such when where also other all do has
		their they been would who about how use more than those only`,
	"de": `der die und das ist nicht mit den von zu wir ihre ihr sie es ein eine einer eines dem des
		für auf im sind werden wird oder bei als auch an aus nach wenn uns unsere unser diese dieser
		kann können durch über sowie zur zum nur sich haben hat dass ihnen ihren ihrer wie`,
	"fr": `le la les de des du et est un une en dans pour que qui sur par au aux pas ne nous vous
		votre vos ce cette ces sont avec ou il elle leur leurs être son sa ses à peut plus notre
		nos lorsque afin l d qu été ont comme`,
	"es": `el la los las de del y en que es un una por para con no se su sus al lo como más o
		nuestro nuestra nuestros sus usted le les este esta estos ser son ha puede cuando sobre
		también sin otros entre a`,
	"it": `il lo la i gli le di e che del della dei delle per con non un una è sono al alla da nel
		nella ai su come anche o suoi tuoi l questo questa questi essere ha può dell all sul
		vengono viene nostro nostri a`,
	"nl": `de het een en van in is dat op te met voor niet zijn wordt worden door aan als bij of om
		ook uw wij we ons onze deze die dit er kan u hebben heeft naar over tot uit zoals wanneer
		wel dan kunnen`,
	"pt": `o os a as e de do da dos das que em no na nos nas um uma para com por não é ao à pelo
		pela seu sua seus suas se mais como você ser são ou foi quando sobre também nosso nossa
		está podem`,
	"pl": `i w z na do się nie że jest to o oraz lub przez jak od dla po a są być może jeśli które
		który która ich ten ta te tym jego jej czy aby przy pod także również nas nasz państwa
		mogą będą jako tych`,
	"sv": `och i att det som en på är av för med till den har de inte om ett vi du dig din dina oss
		vår våra kan eller från under vid när så man sig även detta dessa alla hur men ska vilka
		dem`,
	"da": `og i at det som en på er af for med til den har de ikke om et vi du dig din dine os
		vores kan eller fra under ved når så man sig også denne disse alle hvordan men skal vil
		hvis dem`,
}

// names are the English names of the languages Detect knows and of a few
// others a page may declare.
var names = map[string]string{
	"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
	"nl": "Dutch", "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "da": "Danish",
	"no": "Norwegian", "nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk", "fi": "Finnish",
	"cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "el": "Greek",
	"bg": "Bulgarian", "hr": "Croatian", "sl": "Slovenian", "et": "Estonian", "lv": "Latvian",
	"lt": "Lithuanian", "ga": "Irish", "mt": "Maltese", "ca": "Catalan", "ru": "Russian",
	"uk": "Ukrainian", "tr": "Turkish", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
	"ar": "Arabic", "he": "Hebrew",
}

// langs fixes the order of the languages so that bit i of a word's mask is
// langs[i].
var langs = []string{"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da"}

// index maps a stop word to the set of languages it belongs to.
var index = func() map[string]uint16 {
	m := map[string]uint16{}
	for i, l := range langs {
		for _, w := range strings.Fields(stopWords[l]) {
			m[w] |= 1 << i
		}
	}
	return m
}()

// Supported lists the codes Detect can return.
func Supported() []string { return append([]string(nil), langs...) }

// Detect returns the language of text as an ISO 639-1 code, with a
// confidence between 0 and 1, or "" and 0 when the text is too short or no
// language clearly stands out. Only the first 20,000 bytes are read.
func Detect(text string) (lang string, confidence float64) {
	if len(text) > sampleSize {
		cut := sampleSize
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var counts [16]int
	tokens := 0
	var buf [64]byte
	n := 0
	long := false // the current token outgrew buf: no stop word is that long
	flush := func() {
		if n > 0 || long {
			tokens++
			if !long {
				if mask, ok := index[string(buf[:n])]; ok {
					for i := range langs {
						if mask&(1<<i) != 0 {
							counts[i]++
						}
					}
				}
			}
		}
		n, long = 0, false
	}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		r = unicode.ToLower(r)
		if long || n+utf8.RuneLen(r) > len(buf) {
			long = true
			continue
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	flush()
	if tokens < minTokens {
		return "", 0
	}
	best, second := -1, -1
	for i := range langs {
		if best < 0 || counts[i] > counts[best] {
			best, second = i, best
		} else if second < 0 || counts[i] > counts[second] {
			second = i
		}
	}
	top := float64(counts[best]) / float64(tokens)
	next := float64(counts[second]) / float64(tokens)
	// Running text in any of these languages is at least a fifth function
	// words; less means a list of names, code or a language not known here.
	if top < 0.12 {
		return "", 0
	}
	margin := (top - next) / top
	if margin < 0.15 {
		return "", 0
	}
	// A margin of a half or more (the best language has at least twice the
	// stop words of the next) is as sure as this method gets; few words make
	// any margin less sure.
	confidence = min(1, margin/0.5) * min(1, float64(tokens)/100)
	return langs[best], confidence
}

// Choose picks a document's language from the one its markup declares (a
// primary subtag such as "de", "" when none) and the one Detect found with
// its confidence. The declaration wins unless the text is clearly in
// another language: an English site template with lang="en" around a
// German policy makes a German document.
func Choose(declared, detected string, confidence float64) string {
	declared = primary(declared)
	detected = primary(detected)
	switch {
	case declared == "":
		return detected
	case detected == "" || detected == declared:
		return declared
	case confidence >= 0.6:
		return detected
	}
	return declared
}

// primary reduces a language tag ("de-DE", "en_US", " FR ") to its primary
// subtag.
func primary(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// Name returns the English name of a language code ("de" gives "German"),
// the code itself when it is not known here, and "" for "".
func Name(code string) string {
	code = primary(code)
	if n, ok := names[code]; ok {
		return n
	}
	return code
}
