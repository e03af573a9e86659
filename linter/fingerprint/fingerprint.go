// Package fingerprint identifies a finding independently of where it sits in
// the file, so that code scanning and baselines recognise it after
// unrelated edits: moving a paragraph, or inserting one above, must not make
// an old finding look new.
package fingerprint

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/policylint/policylint/linter/engine"
)

// Version prefixes every fingerprint so that a change of the scheme is seen
// as such rather than as a set of new findings.
const Version = "v1"

// For returns the fingerprint of a check: a hash of the rule ID and of the
// normalised text of the clause the check points to (the section heading
// where a missing disclosure belongs), or of the rule ID alone when it points
// at the document as a whole. Line numbers are deliberately left out.
func For(c *engine.Check) string {
	anchor := "document"
	if c.LocationClause != nil {
		anchor = Normalize(c.LocationClause.Text)
	}
	sum := sha256.Sum256([]byte(c.Rule.ID + "\x00" + anchor))
	return Version + ":" + hex.EncodeToString(sum[:16])
}

// Normalize lower-cases text and keeps only letters and digits, one space
// between words, so that re-wrapping, punctuation and typographic quotes do
// not change a fingerprint.
func Normalize(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteRune(r)
			continue
		}
		space = true
	}
	return sb.String()
}
