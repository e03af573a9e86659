// Package palette holds the colours of policylint's terminal output, so
// that the report and `policylint explain` colour severities alike.
package palette

import (
	"github.com/fatih/color"

	"github.com/policylint/policylint/linter/engine"
)

// Palette is one set of colours, all on or all off.
type Palette struct {
	Sev                                  map[string]*color.Color // by severity
	Pass, Dim, Bold, Heading, Identifier *color.Color
}

// New sets each colour on or off explicitly, so the decision is the
// caller's alone (made once, in cmd) and not fatih/color's own terminal
// detection.
func New(enabled bool) Palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return Palette{
		Sev: map[string]*color.Color{
			engine.SeverityError:   mk(color.FgRed, color.Bold),
			engine.SeverityWarning: mk(color.FgYellow, color.Bold),
			engine.SeverityNote:    mk(color.FgCyan),
		},
		Pass:       mk(color.FgGreen),
		Dim:        mk(color.Faint),
		Bold:       mk(color.Bold),
		Heading:    mk(color.Bold, color.Underline),
		Identifier: mk(color.FgGreen),
	}
}

// Severity is s in its severity's colour.
func (p Palette) Severity(s string) string {
	if c, ok := p.Sev[s]; ok {
		return c.Sprint(s)
	}
	return s
}
