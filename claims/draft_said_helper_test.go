package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// said is what the quote reader gives a quotation: its words, and the
// name and organisation of its speaker.
type said struct{ Quote, Name, Org string }

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
		var got []said
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, said{q.claim.Quote, q.claim.Speaker.Name, q.claim.Speaker.Org})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
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
		var got []string
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, q.claim.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("quotes of quotations(%q) mismatch (-want +got):\n%s", tt.article, diff)
		}
	}
}
