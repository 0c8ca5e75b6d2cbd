package claims

import "strings"

// butClause returns the attribution of a clause after " – but " or ", but
// " that follows the verb of att in sentence st of paragraph p and names a
// speaker and a verb of its own ("Wells called for £15.4 million … – but
// Sturgeon outlined the updated Budget proposal which dedicates £20m to the
// issue"), and cuts att's reported words at it: each clause is its own
// speaker's. It returns false if there is no such clause.
func (d *quoteDrafter) butClause(p *para, st Span, att *attribution) (attribution, bool) {
	if att.verbAt <= st.Start || att.verbAt >= st.End {
		return attribution{}, false
	}
	t := d.text[att.verbAt:st.End]
	k, n := -1, 0
	for _, sep := range [...]string{" – but ", " — but ", " - but ", ", but "} {
		if i := strings.Index(t, sep); i >= 0 && (k < 0 || i < k) {
			k, n = i, len(sep)
		}
	}
	if k < 0 {
		return attribution{}, false
	}
	cut := att.verbAt + k
	later := d.attribute(p, Span{Start: cut + n, End: st.End})
	if !later.found() || later.verbAt <= cut+n || later.key == att.key && later.org == att.org && later.role == att.role {
		return attribution{}, false
	}
	for _, sp := range [...]*Span{&att.after, &att.report} {
		if sp.Start < cut && cut < sp.End {
			sp.End = cut
		}
	}
	return later, true
}
