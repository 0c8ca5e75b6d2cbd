package claims

import "strings"

// relativeNameSubject returns the words after the relative pronoun of
// chunk c when c is "which" or "that" and then a person's name and
// nothing else but a courtesy or office title, "which Mr Swinney" (from
// "…, which Mr Swinney blamed on a “£500 million cut …”"): the relative
// clause is that person's own words about what it refers to, not an aside
// such as "The LGA, which represents councils, said", whose chunk holds
// more than a name. It returns the zero Span if c is not so.
func (d *quoteDrafter) relativeNameSubject(c Span) (Span, bool) {
	s := d.text
	t := s[c.Start:c.End]
	i := strings.IndexByte(t, ' ')
	if i < 0 {
		return Span{}, false
	}
	switch strings.ToLower(t[:i]) {
	case "which", "that":
	default:
		return Span{}, false
	}
	rest := Span{Start: c.Start + i + 1, End: c.End}
	name, pre, ok := d.nameIn(rest, true)
	if !ok || name.End != rest.End || pre.Start != pre.End {
		return Span{}, false
	}
	return name, true
}

// relativeSpeakerAfter reports whether the quotation closing at close lies
// before the relative clause whose subject is the speaker att ("…,
// which Mr Swinney blamed on …", "…, which he described as …"): in the
// clause the relative pronoun refers to, the writer's, not the speaker's,
// as the title in ‘The Scottish Government’s ‘Departmental Expenditure
// Limit Budget’ … will reduce …, which Mr Swinney blamed on a “£500
// million cut …”’ is.
func relativeSpeakerAfter(s string, close int, att attribution) bool {
	if att.span.Start <= close {
		return false
	}
	pre := strings.TrimRight(s[close:att.span.Start], " ")
	for _, w := range [...]string{", which", ", that"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}
