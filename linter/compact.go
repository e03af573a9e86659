package linter

import (
	"strings"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/suppress"
)

// Compact returns r as a run keeps it until its reports are written:
// without the Document, and with the clauses its checks point to (the
// evidence of a pass, the location clause of a failure, in Checks and in
// Suppressed alike) copied out of it. Every reporter, fingerprint, baseline
// and suppression gives the same output for the compact result as for r.
//
// A check points into the document's clause array, and one pointer into
// an array keeps all of it alive; clause texts and directive reasons may
// be substrings of the whole source text, which they would keep alive the
// same way. So the copies are fresh allocations, and the strings that may
// share memory with the source are cloned. A copied clause keeps its ID,
// kind, level, section, text, positions and offsets; its heading path,
// sentences and concepts, which only the rules read, are dropped.
//
// r itself is not modified.
func (r Result) Compact() Result {
	out := r
	out.Document = nil
	out.Language = strings.Clone(r.Language)
	c := compactor{}
	for _, ch := range r.Checks {
		c.count(&ch)
	}
	for i := range r.Suppressed {
		c.count(&r.Suppressed[i].Check)
	}
	c.clauses = make([]document.Clause, 0, len(c.seen))
	if r.Checks != nil {
		out.Checks = make([]engine.Check, len(r.Checks))
		for i := range r.Checks {
			out.Checks[i] = c.check(r.Checks[i])
		}
	}
	if r.Suppressed != nil {
		out.Suppressed = make([]suppress.Suppression, len(r.Suppressed))
		for i, sp := range r.Suppressed {
			sp.Check = c.check(sp.Check)
			sp.Reason = strings.Clone(sp.Reason)
			out.Suppressed[i] = sp
		}
	}
	if r.Notices != nil {
		out.Notices = make([]suppress.Notice, len(r.Notices))
		for i, n := range r.Notices {
			n.Rule = strings.Clone(n.Rule)
			n.Message = strings.Clone(n.Message)
			out.Notices[i] = n
		}
	}
	return out
}

// compactor copies each distinct clause once into one small array, so a
// clause quoted by several checks stays one clause.
type compactor struct {
	seen    map[*document.Clause]*document.Clause
	clauses []document.Clause
}

// count records the clauses of a check, so that the array is sized before
// anything points into it.
func (c *compactor) count(ch *engine.Check) {
	if c.seen == nil {
		c.seen = map[*document.Clause]*document.Clause{}
	}
	if ch.LocationClause != nil {
		c.seen[ch.LocationClause] = nil
	}
	for _, e := range ch.Evidence {
		c.seen[e] = nil
	}
}

func (c *compactor) check(ch engine.Check) engine.Check {
	ch.LocationClause = c.clause(ch.LocationClause)
	if ch.Evidence != nil {
		ev := make([]*document.Clause, len(ch.Evidence))
		for i, e := range ch.Evidence {
			ev[i] = c.clause(e)
		}
		ch.Evidence = ev
	}
	return ch
}

func (c *compactor) clause(cl *document.Clause) *document.Clause {
	if cl == nil {
		return nil
	}
	if p := c.seen[cl]; p != nil {
		return p
	}
	// The array was sized by count, so appending never moves the clauses
	// already pointed to.
	c.clauses = append(c.clauses, document.Clause{
		ID: cl.ID, Kind: cl.Kind, Level: cl.Level, Section: cl.Section,
		Text:  strings.Clone(cl.Text),
		Start: cl.Start, End: cl.End,
		StartOffset: cl.StartOffset, EndOffset: cl.EndOffset,
	})
	p := &c.clauses[len(c.clauses)-1]
	c.seen[cl] = p
	return p
}
