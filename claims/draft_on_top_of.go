package claims

import (
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// topsUpNext reports whether the mention ms[k] of the sentence s is extra
// money named straight before the earlier sum it comes on top of, the
// next mention of s: "This includes an additional £40 million on top of
// the previously announced £560 million". Such money tops up the earlier
// sum's package, so it is a package of its own, not a part of the one
// announced; money the sentence spends first ("An extra £30 million will
// be spent on prisons, on top of the £40 million …") is the package's
// item, whatever it comes on top of.
func (d *drafter) topsUpNext(s Span, k int) bool {
	if k+1 >= len(d.ms) || d.ms[k+1].End > s.End || d.ms[k].Start < s.Start {
		return false
	}
	m, next := d.ms[k], d.ms[k+1]
	before := " " + d.wordsBefore(m)
	if !strings.HasSuffix(before, " additional") && !strings.HasSuffix(before, " extra") {
		return false
	}
	between := wordsOf(d.text, Span{m.End, next.Start}, nil)
	// "on top of the previously announced": the cue, then at most three
	// words that name the earlier sum.
	return matchWords(between, []string{"on", "top", "of"}) && len(between) <= 6
}

// addTopUp drafts the mention ms[k], which topsUpNext found, as a package
// of its own whose change tops up the package of the sum after it, drafted
// too if it is not yet.
func (d *drafter) addTopUp(k int) {
	n := len(d.others)
	if !d.addOther(k) {
		return
	}
	m := d.ms[k]
	d.others[n].Change = funding.Change{By: m.Figure, Relation: funding.TopsUp}
	d.field("packages["+strconv.Itoa(n+1)+"].change.by", span(m), Inferred)
	if d.placed[k+1] {
		return
	}
	j := len(d.others)
	if d.addOther(k + 1) {
		d.others[n].Change.Of = d.others[j].ID
		d.field("packages["+strconv.Itoa(n+1)+"].change.of", span(d.ms[k+1]), Inferred)
	}
}
