package dfa

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

var exprs = []string{
	`abc`, `^abc`, `abc$`, `^abc$`, `\babc\b`, `\Babc`, `a.c`, `a.*c`, `a[^;]{0,5}c`, `(?s)a.c`,
	`\b(you|users?) may .{0,20}object\b`, `\d{5}(?:-\d{4})?\b`, `[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`,
	`:$`, `(?m)^x`, `(?m)x$`, `é+t`, `\bcv\b`, `(?:^|[^.\w])\d{1,5}[a-z]?`, `x*`, `^$`, `\b`, `\B`, `[^a]`, `ü|ö`,
	`right (of|to) access`, `a{2,3}b`, `(a|ab)(c|bcd)(d*)`,
	`^\W*none\W*$|^\W*n/a\W*$`, `(?:^a|^b)c`, `^a|b`, `\A(x|y)`, `(?:^|x)a`, `^(a|\b)b`,
}

var texts = []string{
	"", "abc", "xabc", "abcx", "x abc y", "a;c", "a;;c", "you may at any time object", "users may object",
	"call 12345-6789 now", "12345", "mail me: a.b@example.org.", "note:", "x\nx", "\nx", "café été", "the cv is",
	"cv", "12 main st", "b", "aa", "aab", "aaab", "abcd", "right to access", "rights of access", "ü", "\xff\xfeabc",
	"right of accession", "über uns", "ab\ncd", "...", " ", "a b c",
	"none", " none. ", "n/a", "nonexistent", "ac", "bc", "xa", "b", "x", "y", "bb",
}

func TestAgreesWithRegexp(t *testing.T) {
	for _, e := range exprs {
		m, err := Compile(e)
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		re := regexp.MustCompile(e)
		for _, s := range texts {
			for round := 0; round < 2; round++ { // the second round runs on cached states
				if got, want := m.MatchString(s), re.MatchString(s); got != want {
					t.Errorf("%q on %q: dfa %v, regexp %v", e, s, got, want)
				}
			}
		}
	}
}

func TestRandomAgreement(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("ab c;\n.1é@x")
	for _, e := range exprs {
		m := MustCompile(e)
		re := regexp.MustCompile(e)
		for i := 0; i < 300; i++ {
			n := rng.Intn(12)
			rs := make([]rune, n)
			for j := range rs {
				rs[j] = alphabet[rng.Intn(len(alphabet))]
			}
			s := string(rs)
			if got, want := m.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%q on %q: dfa %v, regexp %v", e, s, got, want)
			}
		}
	}
}

func TestFoldCaseRefused(t *testing.T) {
	if _, err := Compile(`(?i)abc`); err == nil {
		t.Error("(?i) was accepted")
	}
}

func TestConcurrentUse(t *testing.T) {
	m := MustCompile(`\b(you|users?) may .{0,20}object\b`)
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			ok := true
			for i := 0; i < 200; i++ {
				ok = ok && m.MatchString("users may at any time object") && !m.MatchString("users may not")
			}
			done <- ok
		}()
	}
	for g := 0; g < 8; g++ {
		if !<-done {
			t.Error("wrong answer under concurrency")
		}
	}
}

func TestCacheOverflowStaysCorrect(t *testing.T) {
	m := MustCompile(`a[^;]{0,60}b[^;]{0,60}c`)
	re := regexp.MustCompile(`a[^;]{0,60}b[^;]{0,60}c`)
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 3000; i++ {
		rs := make([]byte, 150)
		for j := range rs {
			rs[j] = "abcxyz;"[rng.Intn(7)]
		}
		if m.MatchString(string(rs)) != re.MatchString(string(rs)) {
			t.Fatalf("disagree on %q", rs)
		}
	}
}

func BenchmarkMatchString(b *testing.B) {
	m := MustCompile(`\b(you|users?) (may|can) [^;]{0,60}\bobject\b`)
	s := "we process your personal data for the purposes described in this policy and keep it for as long as your account exists; you may contact us at any time."
	m.MatchString(s)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		m.MatchString(s)
	}
}

func TestAnchoredAtStart(t *testing.T) {
	for e, want := range map[string]bool{
		`^abc`: true, `\Aabc`: true, `^a|^b`: true, `(?:^a|^b)c`: true, `^(a|\b)b`: true,
		`abc`: false, `^a|b`: false, `(?m)^a`: false, `(?:^|x)a`: false, `x*^a`: false,
	} {
		m := MustCompile(e)
		if m.anchored != want {
			t.Errorf("%s: anchored %v, want %v", e, m.anchored, want)
		}
	}
}

// An anchored expression stops at the first character no thread takes:
// from the start, "w" leads to the dead state, not on through the text.
func TestAnchoredStopsEarly(t *testing.T) {
	m := MustCompile(`^\W*none\W*$`)
	long := strings.Repeat("we do not sell your data. ", 200)
	if m.MatchString(long) || !m.MatchString(" none.") {
		t.Fatal("wrong answers")
	}
	tab := m.tab.Load()
	if got := tab.next[int(tab.start)*m.nclass+int(m.classes.ascii['w'])]; got != dead {
		t.Errorf("start --w--> %d, want the dead state (%d)", got, dead)
	}
}
