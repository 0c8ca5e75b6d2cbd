package claims

// sharedAcrossAllocation returns the ID of the allocation whose recipients
// the count at at, in the article, counts, and true: where the words
// straight before the count say the money is split among them ("when it
// is split across 49 groups", "shared between 12 councils") and the
// package has a single allocation, which counts its recipients ("up to 50
// projects"). A count of those sharing the money is its recipients'
// count, as the hand-made records have it, whatever noun names them;
// weighed against no measure it would be found unsupported where the
// record counts them.
func (d *drafter) sharedAcrossAllocation(at Span) (string, bool) {
	if len(d.pkg.Allocations) != 1 || d.pkg.Allocations[0].Count.IsZero() {
		return "", false
	}
	before := wordsOf(d.text, Span{max(0, at.Start-24), at.Start}, nil)
	n := len(before)
	if n < 2 || clauseBreak(d.text[before[n-2].start:at.Start]) {
		return "", false
	}
	switch before[n-2].w {
	case "split", "shared", "divided", "spread":
	default:
		return "", false
	}
	switch before[n-1].w {
	case "across", "among", "amongst", "between":
	default:
		return "", false
	}
	return d.pkg.Allocations[0].ID, true
}
