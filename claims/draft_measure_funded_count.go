package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// fundedCount drafts the count c of noun, read at at in the sentence s,
// as the package's recipients, sharing the whole, and reports whether it
// did: where the count is the subject of a passive of funding that ends
// its clause ("90 organisations would be funded", "120 groups will be
// supported"), opening the sentence or the clause a speaker is reported
// as saying ("On Friday, Mr Givan said 90 organisations would be
// funded."). Those funded are whom the whole goes to, not what it pays
// for. As for shareTheMoney, the package must have a headline and no
// allocations, so that the whole is theirs alone.
func (d *drafter) fundedCount(s, at Span, c funding.Count, noun string) bool {
	if d.headline < 0 || len(d.pkg.Allocations) > 0 || !strings.HasSuffix(d.in(at), noun) {
		return false
	}
	pre := strings.TrimSpace(d.text[s.Start:at.Start])
	if pre != "" && pre != "The" && !strings.HasSuffix(pre, " said") && !strings.HasSuffix(pre, " says") && !strings.HasSuffix(pre, " said that") {
		return false
	}
	ts := wordsOf(d.text, Span{at.End, s.End}, nil)
	k := 0
	for k < len(ts) && isAuxiliary(ts[k].w) {
		k++
	}
	if k == 0 || k >= len(ts) || ts[k].w != "funded" && ts[k].w != "supported" {
		return false
	}
	if rest := strings.TrimSpace(d.text[ts[k].end:s.End]); rest != "." && rest != "" {
		return false // "… would be funded to repair roofs": what it pays for follows
	}
	d.wholeToCount(d.ms[d.headline], c, at, at, Span{at.End - len(noun), at.End}, false)
	return true
}
