package claims

import "testing"

// TestQuotationsJudgedMoney checks that money in the object of a verb of
// judging or naming, in the words beside a quotation, is no stated amount
// of the speaker, so that those words are no claim and the quotation is,
// while money in what the speaker asserts, asks or accuses stays the
// speaker's.
func TestQuotationsJudgedMoney(t *testing.T) {
	checkQuotes(t, []quotesCase{
		// The object of a welcome or a criticism: the narrator's.
		{"Cllr Ann Lowe welcomed the £2,150,000 share of a £90m fund for towns, calling it “a good start”.\n",
			[]string{"a good start"}},
		{"A minister has said councillors criticising a new £3bn scheme for ports should ask themselves “what they are for”.\n",
			[]string{"what they are for"}},
		{"Tom Reid said residents slamming the £40m roads fund, “have not read it”.\n",
			[]string{"have not read it"}},
		// What the speaker asserts of the thing, asks for or accuses
		// someone of: the speaker's.
		{"Tom Reid said the £40m fund would not last the winter.\n",
			[]string{"the £40m fund would not last the winter"}},
		{"Jo Hart claimed the council had £2m in reserves.\n",
			[]string{"the council had £2m in reserves"}},
		{"Jo Hart welcomed the grant but said £5m more was needed.\n",
			[]string{"the grant but said £5m more was needed"}},
		{"Tom Reid accused the council of hoarding £3m of the promised £9m.\n",
			[]string{"the council of hoarding £3m of the promised £9m"}},
		{"Jo Hart renewed her calls to ministers to spend the £3m left in the fund.\n",
			[]string{"to ministers to spend the £3m left in the fund"}},
	})
}
