package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// sameAgainTerms follow a figure that is one year's money of two: "£150
// million this year and the same again next year".
var sameAgainTerms = []string{
	" this year and the same again next year",
	" this year and the same next year",
	" this year and the same again the following year",
	" and the same again next year",
	" and the same again the following year",
}

// sameAgain reports whether the figure at at is one year's money of the
// headline, head, stated a year at a time: words of sameAgainTerms follow
// it, and twice its value is the headline's. The speaker states the
// package, by the year ("Mr Clark has announced plans to distribute £150
// million this year and the same again next year" of a £300 million
// fund), not other money of theirs.
func (d *drafter) sameAgain(at Span, head currency.Figure) bool {
	if head.IsZero() {
		return false
	}
	k, ok := d.mentionAt(at)
	if !ok {
		return false
	}
	m := d.ms[k]
	rest := d.text[m.End:min(len(d.text), m.End+64)]
	found := false
	for _, t := range sameAgainTerms {
		found = found || strings.HasPrefix(rest, t)
	}
	if !found {
		return false
	}
	twice, err := m.Figure.Nominal().MulInt(2)
	return err == nil && twice.Equal(head.Nominal())
}
