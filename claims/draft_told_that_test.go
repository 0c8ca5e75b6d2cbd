package claims

import "testing"

// TestQuotationsToldThat checks that a reported statement after a verb of
// telling is the clause after "that", not the one told: "told the BBC
// that his hall would receive £24,700" reports the hall's sum. Without
// "that" close by, or with a comma before it, the words after the verb
// are left as they are.
func TestQuotationsToldThat(t *testing.T) {
	checkQuotes(t, []quotesCase{
		{"On Saturday, Mr Strange told the BBC that his hall would receive £24,700 under the scheme.\n",
			[]string{"his hall would receive £24,700 under the scheme"}},
		{"The minister told MSPs that councils would get £10.4bn next year.\n",
			[]string{"councils would get £10.4bn next year"}},
		{"Jo Hart tells the Local Government Committee that £2m is missing.\n",
			[]string{"£2m is missing"}},
	})
}
