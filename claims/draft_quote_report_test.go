package claims

import "testing"

// TestQuotationsReportBefore checks the reported clause before a speaker
// who ends a sentence holding a quotation ("…, Plaid Cymru's leader has
// claimed."): it is a claim of its own, quotation and all, when it states
// money outside the quotation, and no claim when the money is the
// quotation's; and the stretch after the verb, outside the quotation,
// when it states a count; the whole clause after the verb when its
// quotations lie inside it.
func TestQuotationsReportBefore(t *testing.T) {
	checkQuotes(t, []quotesCase{
		{"The council's plan spends £2m on parks but is \"vague\" on roads, the opposition leader has claimed.\n",
			[]string{"The council's plan spends £2m on parks but is \"vague\" on roads", "vague"}},
		{"Anna Lee, the opposition leader, said: \"We had a plan for £3m of repairs.\"\n\n\"The council spent £2m on parks and nothing on roads,\" she said.\n",
			[]string{"We had a plan for £3m of repairs.", "The council spent £2m on parks and nothing on roads"}},
		// A stretch after the verb, outside the quotation, is reported
		// when it states a count, as when it states money.
		{"The council says that with 300 more families sleeping rough than last year, \"the winter will be hard\".\n",
			[]string{"with 300 more families sleeping rough than last year", "the winter will be hard"}},
		// A stretch that runs into a quotation is the quotation's clause,
		// which the quoted words complete: no statement of its own.
		{"Ruth Cole welcomed the grant but said the £40m fund was \"far short of the need\".\n",
			[]string{"far short of the need"}},
		{"Ruth Cole called the hasty \"back of the drawer\" £20m grant \"an insult\".\n",
			[]string{"back of the drawer", "an insult"}},
		// The clause a quotation completes begins at a comma, or at "and"
		// or "but" before a verb; "and" between nouns begins none.
		{"The Green group said it had called for £2m and described the plans as \"a missed chance\".\n",
			[]string{"it had called for £2m", "a missed chance"}},
		{"Ruth Cole said £5m and £3m were \"not enough\".\n",
			[]string{"not enough"}},
		// Quotations inside a reported clause, its words on both sides:
		// the whole clause is the statement, and each quotation a claim
		// too; a title there is a name the statement gives, no claim.
		{"Tom Reid accused the council of spending £2m on ‘the lucky few’ and nothing on the rest of the town.\n",
			[]string{"the council of spending £2m on ‘the lucky few’ and nothing on the rest of the town", "the lucky few"}},
		{"Ann Lowe has announced her ‘Parks For Everyone’ scheme which gives £2m to the town’s parks.\n",
			[]string{"her ‘Parks For Everyone’ scheme which gives £2m to the town’s parks"}},
		// A per cent in words makes a reported statement a claim, though
		// no assertion holds it.
		{"The department said most schools will receive rises of at least three per cent per pupil.\n",
			[]string{"most schools will receive rises of at least three per cent per pupil"}},
		{"Jo Hart said costs rose ten percent this year.\n", []string{"costs rose ten percent this year"}},
		{"Jo Hart said costs rose a lot this year.\n", nil},
		// A word or three in marks before a noun of a package or
		// programme names it; elsewhere they are the speaker's words.
		{"Tom Reid said parks would benefit from the council's £2m “green spaces” fund this year.\n",
			[]string{"parks would benefit from the council's £2m “green spaces” fund this year"}},
		{"Tom Reid said the £2m fund was “too little” and came late.\n",
			[]string{"the £2m fund was “too little” and came late", "too little"}},
		// A figure in a clause of its own, after a comma, is its own
		// statement.
		{"Ann Lowe said parks are \"in a sorry state\" in the town, with repairs of £2m needed.\n",
			[]string{"in a sorry state", "with repairs of £2m needed"}},
		// After a quotation, the statement is the next clause, past its
		// verb of speech and "that".
		{"Ann Lowe said she was \"deeply worried\" that parks are closing and warned that £2m of repairs had been put off.\n",
			[]string{"deeply worried", "£2m of repairs had been put off"}},
		// After a verb of naming, the words are the thing named.
		{"Tom Reid called the rushed £2m grant “a gift to the few” and said it would not last.\n",
			[]string{"a gift to the few"}},
		// "Called for" is the narrator's account of a call, as a
		// criticism of an act is: no statement, and a claim only for each
		// quotation it holds. After "said" the call is what was said.
		{"Tom Reid called for £2m for ‘the forgotten estates’ in the north of the town.\n",
			[]string{"the forgotten estates"}},
		{"Ruth Cole is calling for £3m to mend the roads.\n", nil},
		{"Ruth Cole said the council had called for £3m to mend the roads.\n",
			[]string{"the council had called for £3m to mend the roads"}},
		// "Hit out at" names its target, no statement.
		{"Ann Lowe has hit out at the government's £20m roads fund.\n", nil},
		{"Ann Lowe has hit out at the government's £20m roads fund, calling it \"paltry\".\n", []string{"paltry"}},
		// A photo's caption ends in its credit, not a stop: prose, with
		// the credit no part of the statement.
		{"Ann Lowe spoke.\nAnn Lowe accused the council of spending three times as much on roads as on parks (Jo Bloggs/PA)\n",
			[]string{"the council of spending three times as much on roads as on parks"}},
		// A phrase recalling an announcement, set off by commas, reports
		// none; the passive verb after "was" does.
		{"As part of the plan, announced by Minister Tom Reid on Monday, £3m will go to schools.\n", nil},
		{"The plan was announced by Minister Tom Reid on Monday, with £3m for schools.\n",
			[]string{"The plan was announced by Minister Tom Reid on Monday, with £3m for schools."}},
		// A proportion or count in an announcing sentence that is the
		// subject of another verb of speech (the councils' warning) is no
		// announcement; one the announcer announces is.
		{"On Monday housing minister Tom Reid announced the plan at a time when a third of councils have warned of cuts.\n", nil},
		{"On Monday housing minister Tom Reid announced a third of councils will get help.\n",
			[]string{"On Monday housing minister Tom Reid announced a third of councils will get help."}},
		{"On Monday housing minister Tom Reid announced £3m for a third of councils.\n",
			[]string{"On Monday housing minister Tom Reid announced £3m for a third of councils."}},
		// "Reported on" speaks of what follows "on", its words; the
		// passive "was reported" names no speaker.
		{"Council leader Mia Hart also reported on the £3.4 million spent on play areas during the pandemic.\n",
			[]string{"the £3.4 million spent on play areas during the pandemic"}},
		{"Mia Hart reports on £750,000 of repairs to the library each year.\n",
			[]string{"£750,000 of repairs to the library each year"}},
		{"A £2m overspend on roads was reported to the council last week.\n", nil},
		// A verb of speech inverted after a comma: the clause before it is
		// the statement, if it states a figure.
		{"The grant is just 0.5% of the road budgets of councils, said the FSB.\n",
			[]string{"The grant is just 0.5% of the road budgets of councils"}},
		{"The grant is welcome, said Ann Lowe.\n", nil},
		// "Pointed out" is a verb of speech, its clause what was said;
		// "pointed" alone is not.
		{"Jo Hart pointed out that she had secured an extra £1.5m for sport.\n",
			[]string{"she had secured an extra £1.5m for sport"}},
		{"The council points out that £2m of the fund is unspent.\n",
			[]string{"£2m of the fund is unspent"}},
		{"Jo Hart pointed to the £2m spent on roads.\n", nil},
		// Others' word the speaker rejects is not the speaker's.
		{"Jo Hart dismissed claims that the fund was a \"bribe\" to win votes.\n", nil},
		// A call made again is speech: its words are the statement.
		{"Jo Hart renewed her calls to ministers to spend the £3m left in the fund.\n",
			[]string{"to ministers to spend the £3m left in the fund"}},
		// A label given in the passive with no agent is no one's words,
		// though a speaker follows in the sentence; given by the speaker,
		// it is theirs.
		{"Despite the grant being billed as \"new\", the council admitted it had been promised before.\n", nil},
		{"Jo Hart described the grant as \"new\".\n", []string{"new"}},
		// The label money was set aside under is no one's words, though
		// the clause holding it is a speaker's statement; a word in marks
		// is no sentence of its own, though its stop is inside them.
		{"The £2m, which was earmarked as ‘new’ money for parks, went on roads, Jo Hart said.\n",
			[]string{"The £2m, which was earmarked as ‘new’ money for parks, went on roads"}},
		{"The deal said that all of the money would be \"new.\"\n", nil},
		{"Jo Hart said: \"It is new.\"\n", []string{"It is new."}},
		// Words praised in the passive with no agent are the praisers',
		// whom the sentence does not name, not its speaker's; with the
		// agent after them, the agent's.
		{"The council said it had been praised for its \"very strong bid\".\n", nil},
		{"The school was praised for its \"outstanding work\" by Health Minister Tom Reid.\n", []string{"outstanding work"}},
		// A label given in the passive with its agent after it, "by" and
		// who, is the agent's words.
		{"The £3m grant was hailed as \"good news\" by Health Minister Jo Hart.\n", []string{"good news"}},
		{"The fund has been branded as \"a con\" by the council.\n", []string{"a con"}},
		// claims/testdata/articles/pharmatimes-2013-ae-winter-500m.txt
		{"The Department of Health says that with over 1 million more people visiting A&E compared to three years ago, \"last year’s harsh winter put exceptional pressure on urgent and emergency wards\".\n",
			[]string{"with over 1 million more people visiting A&E compared to three years ago",
				"last year’s harsh winter put exceptional pressure on urgent and emergency wards"}},
		// claims/testdata/articles/bbc-2019-plaid-labour-100bn-scotland-60bn-wales.txt
		{"Labour's Welsh general election manifesto has plans to spend £100bn on Scotland but is \"silent\" on Wales, Plaid Cymru's leader has claimed.\n\nDuring First Minister's Questions, Adam Price said Wales should therefore receive an additional £60bn.\n",
			[]string{"Labour's Welsh general election manifesto has plans to spend £100bn on Scotland but is \"silent\" on Wales", "silent",
				"Wales should therefore receive an additional £60bn"}},
	})
}

// TestQuotationsReportCoordinated checks that a clause joined by "and" to
// the one after a verb of finding, with a body of its own as its subject,
// is that body's statement: the words after its verb, cut from the first.
// After a verb of speech the joined clause is still the speaker's.
func TestQuotationsReportCoordinated(t *testing.T) {
	checkSaid(t, []saidCase{
		{"bodies after a verb of finding",
			"Carlton town council had estimated its flood bill at £4m and the Dunmore district council is facing damage approaching £1.5m.\n",
			[]said{{"its flood bill at £4m", "", "Carlton town council"}, {"damage approaching £1.5m", "", "Dunmore district council"}}},
		{"after a verb of speech",
			"Ann Lowe said the fund was £5m and the council is spending £2m.\n",
			[]said{{"the fund was £5m and the council is spending £2m", "Ann Lowe", ""}}},
	})
}

// TestQuotationsReportDefiniteCount checks a reported clause whose only
// figure is a count after "the" ("the three island boards"): things the
// article has counted already, no claim; but a count after "of the"
// states how many there are in all, a claim.
func TestQuotationsReportDefiniteCount(t *testing.T) {
	checkQuotes(t, []quotesCase{
		{"Ann Lee added that she was sure the three island boards would also prefer to plan ahead.\n", nil},
		{"Ann Lee said that some of the 22 councils might not balance their budgets.\n",
			[]string{"some of the 22 councils might not balance their budgets"}},
	})
}
