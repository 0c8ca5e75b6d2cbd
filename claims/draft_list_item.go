package claims

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
)

// listItem reports whether the money m opens the sentence s as the line of
// a list: a paragraph that m opens, after a paragraph ending in a colon
// ("… and extra investment for future developments, including:") with
// only lines opening on money between. Each such line is an item of what
// the list's lead gives, as "£19m in active travel" is there.
func (d *drafter) listItem(s Span, m currency.Mention) bool {
	p, ok := slices.BinarySearchFunc(d.paras, s.Start, func(q Span, off int) int { return q.Start - off })
	if !ok || m.Start != s.Start {
		return false
	}
	// A list runs a dozen lines at most before its lead.
	for k := p - 1; k >= 0 && k >= p-12; k-- {
		text := strings.TrimSpace(d.in(d.paras[k]))
		if last, _ := utf8.DecodeLastRuneInString(text); last == ':' {
			return true
		}
		if i, _ := d.mentionsIn(d.paras[k]); i >= len(d.ms) || d.ms[i].Start != d.paras[k].Start {
			return false
		}
	}
	return false
}
