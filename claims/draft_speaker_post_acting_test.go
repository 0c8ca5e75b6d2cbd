package claims

import "testing"

// TestDraftPostActing checks that a participle of speech after a clause
// opened by a post or a body and a verb in the past ("The Education
// Secretary mocked his sums, pointing out that …") is the post's
// holder's or the body's: for a post, the one the article names with it,
// or, when the clause answers another, the one a pronoun names speaking
// next, not the one heard just before; a clause opened by other words
// names no speaker.
func TestDraftPostActing(t *testing.T) {
	const kerr = "Schools get £3m\n\nEducation Secretary Anna Kerr announced £3m for school roofs on Monday.\n\n"
	checkSaid(t, []saidCase{
		{"the post's holder named before",
			kerr + "The Education Secretary mocked his sums, pointing out that four roofs had been mended last year.\n",
			[]said{{"Education Secretary Anna Kerr announced £3m for school roofs on Monday.", "Anna Kerr", ""},
				{"four roofs had been mended last year", "Anna Kerr", ""}}},
		{"a post answering the one just heard",
			"Schools row over £3m\n\nThe Labour leader has pressed Anna Kerr over school roofs.\n\nMr Price said the £3m would not mend a single roof in the county.\n\nThe Education Secretary mocked his sums, pointing out that four roofs had been mended last year.\n\nShe said: \"We will keep every school open.\"\n",
			[]said{{"the £3m would not mend a single roof in the county", "Price", ""},
				{"four roofs had been mended last year", "Anna Kerr", ""},
				{"We will keep every school open.", "Anna Kerr", ""}}},
		{"a body opening the clause",
			"Schools get £3m\n\nThe council announced £3m for school roofs on Monday.\n\nThe Scottish Government rejected the claim, pointing out that eight councils had not used the powers.\n",
			[]said{{"The council announced £3m for school roofs on Monday.", "", "council"},
				{"eight councils had not used the powers", "", "Scottish Government"}}},
		{"no post or body opening the clause",
			kerr + "The roofs leaked badly last winter, showing that every council needed the money.\n",
			[]said{{"Education Secretary Anna Kerr announced £3m for school roofs on Monday.", "Anna Kerr", ""}}},
	})
}
