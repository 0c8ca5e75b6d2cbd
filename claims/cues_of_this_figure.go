package claims

import (
	"slices"
	"strings"
)

// ofThisFigure reports whether the figure at start of quote opens its
// sentence after "Of this" or "Of that", alone or with "figure", "amount"
// or one of partNouns (the nouns naming the money a part is of),
// and a comma: "Of this figure, just under £1m has been distributed to
// …", "Of that, £2m goes to parks". Such a figure is a part of the sum
// stated before it, so it is that sum's kind of money: another item's
// money where that sum is, a share where it is the package's.
func ofThisFigure(quote string, start int) bool {
	from, _ := sentenceAround(quote, start, start)
	head := strings.TrimSpace(quote[from:start])
	head, ok := strings.CutSuffix(head, ",")
	if !ok {
		return false
	}
	for _, p := range [...]string{"Of this", "Of that", "of this", "of that"} {
		rest, ok := strings.CutPrefix(head, p)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || rest == "figure" || rest == "amount" || slices.Contains(partNouns, rest) {
			return true
		}
	}
	return false
}
