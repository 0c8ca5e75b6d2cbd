package claims

// This file decides whose a count is before draftMeasures makes it the
// package's measure. A measure is what a claim's count is weighed
// against, so a count the record takes from a speaker who is not the
// announcer, or from beside another item's money, would confirm a claim
// with its own words or with another item's figures: the record then
// holds no count, and the claim's count is not supported, as it should
// be.

// notPackagesCount reports whether the count at at, in the sentence s, is
// not the package's to measure: it shares a sentence only with money of
// another item or of a package announced apart ("Last year the PM also
// confirmed 20 hospitals will receive a share of £850 million"; "our
// Islands Programme, which … has distributed over £12 million to support
// of 61 projects on 50 islands"), or it is in quote marks and said by a
// named person other than the package's named announcer ("We have
// already probed the … undertaking to provide 5000 homes", a
// councillor's, of a mayor's package) or, with no announcer named, by one
// who criticises or welcomes the announcement ("This award while welcome
// when it is split across 49 groups …").
func (d *drafter) notPackagesCount(s, at Span) bool {
	if d.inMarks(at) {
		for _, q := range d.qs {
			if q.quote.Start > at.Start || at.End > q.quote.End {
				continue
			}
			if name := q.claim.Speaker.Name; d.who.Name != "" && name != "" && name != d.who.Name || d.who.Name == "" && q.responds {
				return true
			}
		}
	}
	return d.onlyOtherMoney(s)
}

// onlyOtherMoney reports whether the sentence s states money and all of
// it is another item's by its words (RoleOther) or a package's announced
// apart.
func (d *drafter) onlyOtherMoney(s Span) bool {
	i, j := d.mentionsIn(s)
	if i == j {
		return false
	}
	sas := FromQuote(d.in(s))
	from := 0
	for k := i; k < j; k++ {
		var r Role
		r, from = roleAt(sas, from, d.ms[k].Start-s.Start)
		if r != RoleOther && !d.isOther(d.ms[k].Figure) {
			return false
		}
	}
	return true
}
