package claims

import "testing"

// TestQuotationsTailQuote checks a reported clause that ends in a
// quotation: after a noun, a quotation opening on a purpose or a reason
// adds to a clause already whole, and the statement holds it; after a
// verb, an article, a preposition or a pronoun, or one opening otherwise,
// or after a verb of naming, the quotation completes the clause, which
// states nothing of its own.
func TestQuotationsTailQuote(t *testing.T) {
	checkQuotes(t, []quotesCase{
		{"Ann Lowe said schools need more than £40 million in next year's budget ‘just to keep going’.\n",
			[]string{"schools need more than £40 million in next year's budget ‘just to keep going’", "just to keep going"}},
		{"Tom Reid said the council must find £2m of savings by April “to balance the books”.\n",
			[]string{"the council must find £2m of savings by April “to balance the books”", "to balance the books"}},
		{"Tom Reid said the council must find £2m of savings by April “because the grant has gone”.\n",
			[]string{"the council must find £2m of savings by April “because the grant has gone”", "because the grant has gone"}},
		// The quotation completes the clause: after a form of "be", an
		// article, a preposition, a participle or a pronoun.
		{"Ann Lowe said the £40m fund was “far short of the need”.\n",
			[]string{"far short of the need"}},
		{"Ann Lowe said the £40m fund is a “sticking plaster”.\n",
			[]string{"sticking plaster"}},
		{"Ann Lowe said the £40m fund fell short of “what is needed”.\n",
			[]string{"what is needed"}},
		{"Ann Lowe said the £40m fund had left councils “in the lurch”.\n",
			[]string{"in the lurch"}},
		{"Ann Lowe said those who cut £40m should ask themselves “why they did it”.\n",
			[]string{"why they did it"}},
		// A quotation opening on a capital is no phrase of the clause;
		// after a comma, the clause before it is the statement, without it.
		{"Ann Lowe said schools need £40 million next year “To stay open”.\n",
			[]string{"To stay open"}},
		{"Ann Lowe said schools need £40 million next year, “to stay open”.\n",
			[]string{"schools need £40 million next year", "to stay open"}},
		// A verb of naming: the quotation is what the thing is called.
		{"Ann Lowe called the council's claim it spent £40m on schools “plainly wrong”.\n",
			[]string{"plainly wrong"}},
	})
}
