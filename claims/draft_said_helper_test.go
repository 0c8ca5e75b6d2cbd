package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// said is what the quote reader gives a quotation: its words, and the
// name and organisation of its speaker.
type said struct{ Quote, Name, Org string }

// quotedViews reads article's quotations, checks each one's spans
// (checkQuoted) and gives each as view makes it: the one loop over
// quotations the helpers below, and tests comparing some other view,
// share.
func quotedViews[V any](t *testing.T, article string, view func(quoted) V) []V {
	t.Helper()
	var out []V
	for _, q := range quotations(article) {
		checkQuoted(t, article, q)
		out = append(out, view(q))
	}
	return out
}

// A saidCase is an article and the quotations the quote reader should find
// in it, in order.
type saidCase struct {
	name, article string
	want          []said
}

// checkSaid reads the quotations of each case's article and compares them
// with its want, checking each quotation's spans (checkQuoted).
func checkSaid(t *testing.T, tests []saidCase) {
	t.Helper()
	for _, tt := range tests {
		got := quotedViews(t, tt.article, func(q quoted) said {
			return said{q.claim.Quote, q.claim.Speaker.Name, q.claim.Speaker.Org}
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// A speakersCase is an article and the speakers the quote reader should
// find for its quotations, in order, whole: name, role, party and
// organisation.
type speakersCase struct {
	name, article string
	want          []funding.Person
}

// checkSpeakers reads the quotations of each case's article and compares
// their speakers with its want, checking each quotation's spans
// (checkQuoted); the tests of how a speaker is named share it.
func checkSpeakers(t *testing.T, tests []speakersCase) {
	t.Helper()
	for _, tt := range tests {
		got := quotedViews(t, tt.article, func(q quoted) funding.Person { return q.claim.Speaker })
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: speakers of quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// A quotesCase is an article and the quotes of the quotations the quote
// reader should find in it, in order, where who says them is not the
// question.
type quotesCase struct {
	article string
	want    []string
}

// checkQuotes reads the quotations of each case's article and compares
// their quotes with its want, checking each quotation's spans
// (checkQuoted); the tests of where a reported statement begins and ends
// share it.
func checkQuotes(t *testing.T, tests []quotesCase) {
	t.Helper()
	for _, tt := range tests {
		got := quotedViews(t, tt.article, func(q quoted) string { return q.claim.Quote })
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("quotes of quotations(%q) mismatch (-want +got):\n%s", tt.article, diff)
		}
	}
}

// A quoteAssertionsCase is what one speaker says in quote marks and the
// assertions the quote reader should find in it, given the quote so that
// their spans can be placed in it (at).
type quoteAssertionsCase struct {
	quote string
	want  func(quote string) Assertions
}

// checkQuoteAssertions checks each case's quote with checkLoneQuote; the
// tests of what a count in a quotation names share it.
func checkQuoteAssertions(t *testing.T, tests []quoteAssertionsCase) {
	t.Helper()
	for _, tt := range tests {
		checkLoneQuote(t, tt.quote, tt.want)
	}
}

// checkLoneQuote puts quote in one speaker's mouth ("Jane Smith said:
// “…”") and compares the assertions of the one quotation read with
// want(quote), checking the quotation's spans (checkQuoted). It returns
// the quotation, for a test to check more of it, and false if there was
// not one.
func checkLoneQuote(t *testing.T, quote string, want func(quote string) Assertions) (quoted, bool) {
	t.Helper()
	article := "Jane Smith said: “" + quote + "”"
	qs := quotations(article)
	if len(qs) != 1 {
		t.Errorf("quotations(%q) = %d claims, want 1", article, len(qs))
		return quoted{}, false
	}
	checkQuoted(t, article, qs[0])
	if diff := cmp.Diff(want(quote), qs[0].claim.Assertions); diff != "" {
		t.Errorf("quotations(%q) assertions mismatch (-want +got):\n%s", article, diff)
	}
	return qs[0], true
}
