package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// pastGiving are the words before a figure that say it was given in the
// past: "was given £49m", "were awarded £2m", "received £5m".
var pastGiving = []string{"was given", "were given", "was awarded", "were awarded", "was granted", "were granted",
	"was allocated", "were allocated", "received", "got", "won", "secured"}

// pastTimes name a time before the article's news: "last year".
var pastTimes = []string{"last year", "last month", "last week", "last spring", "last summer", "last autumn",
	"last winter", "previously", "earlier this year"}

// givenBefore reports whether the mention m of the sentence s is money the
// narrative says was given in the past: a verb of giving or receiving in
// the past straight before it, and a time before the news in the sentence
// before it ("neighbouring Norfolk was successful in its bid last year and
// was given £49m to improve bus services"). Money more than the package's
// so given is another's, a package of its own.
func (d *drafter) givenBefore(s Span, m currency.Mention) bool {
	ts := wordsOf(d.text, Span{s.Start, m.Start}, nil)
	n := len(ts)
	given := false
	for _, p := range pastGiving {
		k := len(strings.Fields(p))
		if n >= k && matchWords(ts[n-k:], strings.Fields(p)) && !clauseBreak(d.text[ts[n-k].start:m.Start]) {
			given = true
			break
		}
	}
	if !given {
		return false
	}
	for _, p := range pastTimes {
		if hasPhrase(ts, p) >= 0 {
			return true
		}
	}
	return false
}
