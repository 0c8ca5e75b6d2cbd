package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// withoutCurrencyWord returns ms with each mention that names its
// currency twice, by a symbol and again by a word after it ("a £2.25
// million pound boost", "£20m pounds of funding"), cut to the figure
// before the word: a stated amount's words are the figure with its
// qualifier, and the word only repeats what the symbol says, as the
// hand-made records have it ("£2.25 million"). ms is changed in place.
func withoutCurrencyWord(text string, ms []currency.Mention) []currency.Mention {
	for i, m := range ms {
		words := text[m.Start:m.End]
		if !strings.Contains(words, "£") {
			continue
		}
		for _, w := range [...]string{" pounds", " pound"} {
			head, ok := strings.CutSuffix(words, w)
			if !ok {
				continue
			}
			f, err := currency.ParseFigure(head)
			if err == nil && f.Text() == head && f.Equal(m.Figure) {
				ms[i].End -= len(w)
				ms[i].Figure = f
			}
			break
		}
	}
	return ms
}
