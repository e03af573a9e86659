package ruledoc

import (
	"sort"
	"strings"

	"github.com/policylint/policylint/linter/closest"

	"github.com/policylint/policylint/linter/engine"
)

// maxSuggestions keeps the hint for a mistyped rule ID to one short line.
const maxSuggestions = 5

// Suggest returns the IDs of the rules a mistyped ID may have meant, the
// likeliest first: rules within an edit distance of 3 (of the whole ID,
// of the name without its pack, or of the name under another pack), then
// rules whose ID contains what was typed ("right" finds every right-*).
// Case is ignored. At most five are returned.
func Suggest(id string, rules []*engine.Rule) []string {
	q := strings.ToLower(strings.TrimSpace(id))
	if q == "" {
		return nil
	}
	_, qName, qHasPack := strings.Cut(q, "/")
	type cand struct {
		id   string
		dist int
	}
	var cands []cand
	for _, r := range rules {
		rid := strings.ToLower(r.ID)
		_, name, _ := strings.Cut(rid, "/")
		d := min(closest.Distance(q, rid), closest.Distance(q, name))
		if qHasPack {
			d = min(d, 1+closest.Distance(qName, name))
		}
		switch {
		case d <= 3:
		case len(q) >= 3 && strings.Contains(rid, q), qHasPack && len(qName) >= 3 && strings.Contains(name, qName):
			d = 4 // after every near miss
		default:
			continue
		}
		cands = append(cands, cand{r.ID, d})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		return cands[i].id < cands[j].id
	})
	out := make([]string, 0, min(len(cands), maxSuggestions))
	for _, c := range cands {
		if len(out) == maxSuggestions {
			break
		}
		out = append(out, c.id)
	}
	return out
}
