package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period but rarely end a sentence in policies.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "etc": true, "inc": true, "ltd": true, "llc": true,
	"co": true, "corp": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"no": true, "nr": true, "art": true, "arts": true, "para": true, "sec": true,
	"u.s": true, "u.k": true, "e.u": true, "st": true, "vs": true, "cf": true,
	"approx": true, "incl": true, "abs": true, "lit": true, "z.b": true, "bzw": true,
	"ca": true, "gmbh": true, "s.a": true, "s.l": true, "n.v": true, "b.v": true,
	"p": true, "pp": true, "ave": true, "fig": true, "max": true, "min": true,
	// German, French and Spanish policies cite and abbreviate as much:
	// "gem. Art. 6 Abs. 1 lit. f DSGVO", "vgl.", "p. ex.", "núm.".
	"ggf": true, "usw": true, "vgl": true, "bspw": true, "inkl": true, "gem": true,
	"u.a": true, "d.h": true, "evtl": true, "sog": true, "zzgl": true, "ziff": true,
	"str": true, "tel": true, "hrb": true, "ust": true, "mwst": true, "bzgl": true,
	"z.t": true, "i.s.d": true, "i.v.m": true, "u.u": true, "e.v": true, "ag": true,
	"c.-à-d": true, "p.ex": true, "ex": true, "mme": true, "av": true, "bd": true,
	"núm": true, "p.ej": true, "ej": true, "ud": true, "uds": true, "sr": true,
	"sra": true, "avda": true, "dña": true, "c.p": true, "pág": true,
	"ff": true, "ggfs": true, "insb": true, "insbes": true, "hr": true, "fr": true,
	"prof": true, "dipl": true, "ing": true, "lt": true, "std": true, "hd": true,
	"bsp": true, "anm": true, "kap": true, "abschn": true, "mio": true, "tsd": true,
	"mrd": true,
	"al":  true, "tél": true, "fax": true, "réf": true, "env": true, "vol": true,
	"chap": true, "sté": true, "mlle": true, "r.c.s": true, "s.a.s": true, "s.a.r.l": true,
	"s.l.u": true, "s.a.u": true, "s.l.l": true, "s.l.n.e": true, "sdad": true,
	"coop": true, "s.coop": true, "c.b": true, "apdo": true, "aptdo": true, "izq": true,
	"izqda": true, "dcha": true, "pta": true, "esc": true, "pza": true, "ctra": true,
	"tfno": true, "telf": true, "tlf": true, "inscr": true, "fol": true,
}

// afterOrdinal are words that follow a German day or ordinal number ("am
// 25. Mai 2018", "vor dem 16. Lebensjahr"): the period there is part of the
// number, though the next word is capitalised.
var afterOrdinal = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true,
	"juni": true, "juli": true, "august": true, "september": true, "oktober": true,
	"november": true, "dezember": true, "lebensjahr": true, "lebensjahres": true,
	"jahrhundert": true, "geburtstag": true, "kalendertag": true, "werktag": true,
}

// Sentences splits folded text into sentences. It splits after ".", "!", "?"
// (and their full-width forms) when white space and then a capital letter,
// digit, opening quote or bracket follow, and not after a known
// abbreviation, a single letter or a decimal point.
func Sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '。' && r != '！' && r != '？' {
			continue
		}
		// Skip closing quotes or brackets that belong to this sentence.
		j := i
		for j < len(text) {
			q, qs := utf8.DecodeRuneInString(text[j:])
			if !strings.ContainsRune(`"')]»”’`, q) {
				break
			}
			j += qs
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'(“‘«¿¡[`, next)) {
			continue
		}
		if r == '.' && isAbbreviation(text[start:i-1]) {
			continue
		}
		if r == '.' && isOrdinal(text[start:i-1], text[j+1:]) {
			continue
		}
		out = append(out, strings.TrimSpace(text[start:j]))
		start = j + 1
		i = j + 1
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func isAbbreviation(before string) bool {
	k := strings.LastIndexAny(before, " (")
	word := strings.ToLower(before[k+1:])
	if utf8.RuneCountInString(word) == 1 {
		// An initial ("J. Smith") or an item's number at the start ("1. The
		// first"); a digit after other words ends a sentence ("km 5. Ver").
		// A quote or bracket before the period is no initial: "« contact »."
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r) || unicode.IsDigit(r) && k < 0
	}
	if abbreviations[word] {
		return true
	}
	// French and Italian elide the article: "l'art. 6", "d'env. 3 mois".
	if a := strings.LastIndexAny(word, "'’"); a >= 0 && a+len("'") < len(word) {
		_, size := utf8.DecodeRuneInString(word[a:])
		if abbreviations[word[a+size:]] {
			return true
		}
	}
	// "Rhein-Str. 5", "Max-Planck-Str.": the abbreviation is the last part.
	if h := strings.LastIndexByte(word, '-'); h >= 0 && h+1 < len(word) {
		return abbreviations[word[h+1:]]
	}
	return false
}

// isOrdinal says whether the period after before ends a German day or
// ordinal number ("25.") that the next word continues ("Mai").
func isOrdinal(before, after string) bool {
	k := strings.LastIndexAny(before, " (")
	num := before[k+1:]
	if len(num) == 0 || len(num) > 2 {
		return false
	}
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	next := after
	if e := strings.IndexAny(next, " ,.;:)"); e >= 0 {
		next = next[:e]
	}
	return afterOrdinal[strings.ToLower(next)]
}
