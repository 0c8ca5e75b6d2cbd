package claims

import "strings"

// passiveNoun returns the counted noun of the count read at at, narrowed
// by the passive verb that follows it, and true: "some 15,000 schools
// would have been improved" counts "schools improved". A second count of
// a noun the package measures already ("about 5,000 schools have already
// been given resources", then "some 15,000 schools would have been
// improved") counts other things of that kind, which what is done to them
// picks out; under the bare noun it is no measure, and the claim stating
// it is found unsupported where the article supports it.
func (d *drafter) passiveNoun(noun string, at Span) (string, bool) {
	ts := wordsOf(d.text, Span{at.End, min(len(d.text), at.End+60)}, nil)
	passive := false
	for _, t := range ts {
		if clauseBreak(d.text[at.End:t.start]) {
			return "", false
		}
		switch t.w {
		case "would", "will", "could", "should", "may", "might", "have", "has", "had", "already", "now":
			continue
		case "be", "been", "being", "is", "are", "was", "were":
			passive = true
			continue
		}
		if !passive || len(t.w) < 5 || !strings.HasSuffix(t.w, "ed") || t.w == "needed" {
			return "", false
		}
		return noun + " " + d.text[t.start:t.end], true
	}
	return "", false
}
