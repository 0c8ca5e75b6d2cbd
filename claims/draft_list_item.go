package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// listItem reports whether the money m opens the sentence s as the line of
// a list: a paragraph that m opens, after a paragraph ending in a colon
// ("… and extra investment for future developments, including:") with
// only lines opening on money between. Each such line is an item of what
// the list's lead gives, as "£19m in active travel" is there.
func (d *drafter) listItem(s Span, m currency.Mention) bool {
	p, ok := d.paraStarting(s.Start)
	if !ok || m.Start != s.Start {
		return false
	}
	// A list runs a dozen lines at most before its lead.
	return d.underListLead(p, 12, func(line Span) bool {
		i, _ := d.mentionsIn(line)
		return i < len(d.ms) && d.ms[i].Start == line.Start
	})
}

// underListLead reports whether a paragraph ending in a colon (a list's
// lead: "These are:", "… including:") stands at most reach paragraphs
// above the paragraph p, with only paragraphs that line accepts, the
// list's other lines, between the two.
func (d *drafter) underListLead(p, reach int, line func(Span) bool) bool {
	for k := p - 1; k >= 0 && k >= p-reach; k-- {
		if strings.HasSuffix(strings.TrimSpace(d.in(d.paras[k])), ":") {
			return true
		}
		if !line(d.paras[k]) {
			return false
		}
	}
	return false
}
