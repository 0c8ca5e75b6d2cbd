package claims

import "strings"

// claimsBy returns the speaker of a quotation opening at open in sentence
// st that completes a claim the sentence gives to an agent after "by"
// ("rejected claims by the Prime Minister that the cuts facing local
// councils are ‘relatively modest’", "dismissed suggestions by Tom Reid
// that …"): the agent's words, whoever rejects or reports them, since the
// quotation is part of what the agent claimed. The agent is the words
// between "by" and "that", with no quotation before the one at open.
func (d *quoteDrafter) claimsBy(p *para, st Span, open int) (attribution, bool) {
	if open <= st.Start || open > st.End {
		return attribution{}, false
	}
	low := lowerASCII(d.text[st.Start:open])
	for _, n := range [...]string{"claims by ", "claim by ", "suggestions by ", "suggestion by ", "assertions by ", "assertion by ",
		"accusations by ", "allegations by "} {
		k := strings.Index(low, n)
		if k < 0 || k > 0 && low[k-1] != ' ' {
			continue
		}
		by := k + len(n)
		j := strings.Index(low[by:], " that ")
		if j <= 0 {
			return attribution{}, false
		}
		a, b := st.Start+by, st.Start+by+j
		for _, m := range p.marks {
			if m.open >= st.Start && m.open < open {
				return attribution{}, false
			}
		}
		att, ok := d.object(a, b, st)
		if post, isPost := d.roleOnly(Span{Start: a, End: b}); ok && (att.org != "" && isPost || att.role != "") {
			// "the Prime Minister", a post, not a body: its holder if the
			// article gives the post to one, or else no one the claim can
			// name, rather than whoever speaks next.
			if att.role == "" {
				att = post
			}
			if key := d.holder(att.role); key != "" {
				return attribution{key: key, span: att.span, sure: Inferred}, true
			}
			return attribution{}, true
		}
		return att, ok
	}
	return attribution{}, false
}
