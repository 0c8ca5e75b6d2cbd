package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// sharedInNext drafts the count c of noun, read at at in the sentence s,
// as the recipients sharing the whole, and reports whether it did: where
// s, the sentence after the one stating the headline, opens on that money
// ("The funding", "This money") and gives the count after "in", "across"
// or "among" ("… at least 1600 jobs in more than 300 projects"), and the
// headline's sentence gives the money to the same noun ("£61.5m has been
// awarded to community, business and environmental projects"). The
// allocations drafted so far, each less than the whole, are then named
// among those recipients ("Projects approved in this round include The
// Speyside Trust, … which will receive £472,464"): the parts of theirs,
// which the parts do not make up.
func (d *drafter) sharedInNext(s, at Span, c funding.Count, noun string) bool {
	if d.headline < 0 || !strings.HasSuffix(d.in(at), noun) || !strings.HasSuffix(noun, "s") {
		return false
	}
	// The checks run from the cheapest: the words of s before the count,
	// then the sentence before, then the allocations drafted so far, so
	// that an article's every count costs no more than its own sentence.
	ts := wordsOf(d.text, Span{s.Start, at.Start}, nil)
	if len(ts) < 3 || ts[0].w != "the" && ts[0].w != "this" || !cashNoun(token{s: ts[1].w}) {
		return false
	}
	switch ts[len(ts)-1].w {
	case "in", "across", "among", "amongst":
	default:
		return false
	}
	m := d.ms[d.headline]
	hs := d.sentenceOf(m)
	if k, _ := d.sentSearch(m.Start + 1); hs.IsZero() || k >= len(d.sents) || d.sents[k] != s {
		return false
	}
	if !d.givenToNoun(hs, m, noun) {
		return false
	}
	head := m.Figure.Nominal()
	for _, a := range d.pkg.Allocations {
		if n, err := a.Figure().Nominal().Compare(head); err != nil || n >= 0 {
			return false // the whole, or more, is given already
		}
	}
	d.wholeToCount(m, c, at, at, Span{at.End - len(noun), at.End}, len(d.pkg.Allocations) > 0)
	if d.pkg.Partial {
		// The recipients' allocation is the whole: the package is not
		// partial for the parts named among them.
		d.pkg.Partial = false
		d.out.Fields = slices.DeleteFunc(d.out.Fields, func(f Field) bool { return f.Path == "packages[0].partial" })
	}
	return true
}

// givenToNoun reports whether the sentence s gives the money of the
// mention m "to" words, within five words of it and the clause, that hold
// noun within eight: "£61.5m has been awarded to community, business and
// environmental projects".
func (d *drafter) givenToNoun(s Span, m currency.Mention, noun string) bool {
	ts := wordsOf(d.text, Span{m.End, s.End}, nil)
	for i, t := range ts {
		if i > 5 {
			return false
		}
		if t.w != "to" {
			continue
		}
		for j := i + 1; j < len(ts) && j <= i+8; j++ {
			if ts[j].w == noun {
				// Commas may list the noun's kinds ("community, business
				// and environmental projects"); other marks end the clause.
				return !strings.ContainsAny(d.text[ts[i].end:ts[j].start], ";:.!?()\"“”\n")
			}
		}
		return false
	}
	return false
}
