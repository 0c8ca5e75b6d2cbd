package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDraftReleaseAnnouncer checks who speaks the announcing sentence of
// an article whose sentence names no announcer as its subject: the
// speaker a sentence opening "Announcing the funding, …" introduces; in
// a press release, which sets its quotations after a line "X said:", the
// public body whose money the sentence names, not one that receives it;
// in a release or a news report, the one its narrative before the first
// quotation says gives money, or a body whose cabinet decides on it; and
// in a news report naming no such body, no one; in a release naming
// none, the speaker is left to set (see TestDraftReleaseOwn). A lede
// announcing funding without its money is its announcer's, and so is the
// next sentence if its subject is their post again, and a later one
// stating money before the first quotation that opens on the head of
// their post ("The Minister invited …").
func TestDraftReleaseAnnouncer(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each claim: speaker | quote
	}{
		{"announcing participle",
			"Extra money for libraries\n\nThe libraries will receive £2m per year for the next three years.\n\nAnnouncing the funding, Culture Minister Jo Bloggs said:\n\n“Libraries matter to every town in the land.”\n",
			[]string{
				"Jo Bloggs | The libraries will receive £2m per year for the next three years.",
				"Jo Bloggs | Libraries matter to every town in the land.",
			}},
		{"press release naming a body",
			"New support for rivers\n\nA new package of Scottish Government support totalling £1.5 million will fund river restoration.\n\nEnvironment Minister Jo Bloggs said:\n\n“Our rivers need help and this money will give it to them.”\n",
			[]string{
				"Scottish Government | A new package of Scottish Government support totalling £1.5 million will fund river restoration.",
				"Jo Bloggs | Our rivers need help and this money will give it to them.",
			}},
		{"press release naming the body the money is from",
			"Roads money for the county\n\nGloucestershire County Council will receive £2m from the Department for Transport to mend potholes.\n\nRoads Minister Jo Bloggs said:\n\n“Potholes are a menace to every driver in the county.”\n",
			[]string{
				"Department for Transport | Gloucestershire County Council will receive £2m from the Department for Transport to mend potholes.",
				"Jo Bloggs | Potholes are a menace to every driver in the county.",
			}},
		{"press release naming the body giving the money in a relative clause",
			"Roads money for the county\n\nCouncils will today learn how much they will receive from the £40 million the government has made available to mend potholes.\n\nRoads Minister Jo Bloggs said:\n\n“Potholes are a menace to every driver in the county.”\n",
			[]string{
				"the government | Councils will today learn how much they will receive from the £40 million the government has made available to mend potholes.",
				"Jo Bloggs | Potholes are a menace to every driver in the county.",
			}},
		{"press release naming the body given the money in a relative clause",
			"Roads money for the county\n\nSchools will today learn how they will share the £40 million the council has been awarded to mend roofs.\n\nRoads Minister Jo Bloggs said:\n\n“Leaking roofs are a menace to every pupil in the county.”\n",
			[]string{
				unknownSpeaker + " | Schools will today learn how they will share the £40 million the council has been awarded to mend roofs.",
				"Jo Bloggs | Leaking roofs are a menace to every pupil in the county.",
			}},
		// doeni-2015, hounslow-2023: a lede announcing the funding without
		// its money is the announcer's claim; the sentence stating the
		// money is a body's own too, not a person's, whose name the
		// release does not give: a person sets it.
		{"lede of a person, money after",
			"Extra money for parks\n\nCulture Minister Jo Bloggs has announced an increase in the funding for a number of parks.\n\nThe extra funding of £3million is being made available to parks for new benches (£2million) and paths (£1 million).\n\nJo Bloggs said: “Parks matter to every town.”\n",
			[]string{
				"Jo Bloggs | Culture Minister Jo Bloggs has announced an increase in the funding for a number of parks.",
				unknownSpeaker + " | The extra funding of £3million is being made available to parks for new benches (£2million) and paths (£1 million).",
				"Jo Bloggs | Parks matter to every town.",
			}},
		{"lede of a body, money after",
			"Parks pledge\n\nKent County Council has approved the pledge to build 20 new parks by 2030.\n\nThe parks plan will see £5m invested in new parks across the county.\n\nCouncillor Jo Bloggs said:\n\n“Parks matter to every town.”\n",
			[]string{
				"Kent County Council | Kent County Council has approved the pledge to build 20 new parks by 2030.",
				"Kent County Council | The parks plan will see £5m invested in new parks across the county.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		// cotswold-ukspf: a body that "have agreed" projects to receive
		// funding announces them, though the lede states no money.
		{"lede of a body agreeing projects, money after",
			"Parks projects\n\nKent County Council have agreed a number of projects to receive funding from the parks fund.\n\nThe fund provides the council with £5m over three years.\n\nCouncillor Jo Bloggs said:\n\n“Parks matter to every town.”\n",
			[]string{
				"Kent County Council | Kent County Council have agreed a number of projects to receive funding from the parks fund.",
				"Kent County Council | The fund provides the council with £5m over three years.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		{"lede of a body agreeing a date",
			"Parks projects\n\nKent County Council have agreed a date for the opening of the new park.\n\nThe parks fund will provide £5m over three years.\n\nCouncillor Jo Bloggs said:\n\n“Parks matter to every town.”\n",
			[]string{
				unknownSpeaker + " | The parks fund will provide £5m over three years.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		{"lede before other money than the package's",
			"Parks pledge\n\nKent County Council has approved the pledge to build 20 new parks by 2030.\n\nLast year it spent £1m on parks.\n\nThe parks plan will see £5m invested in new parks across the county.\n\nCouncillor Jo Bloggs said:\n\n“Parks matter to every town.”\n",
			[]string{
				unknownSpeaker + " | The parks plan will see £5m invested in new parks across the county.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		// A lede's announcer, named again by the last word of their post
		// as the next sentence's subject, speaks that sentence too; money
		// left over between the lede and the headline is no other
		// package's.
		{"lede of a person, then their post, money left over before the headline",
			"Parks money\n\nCulture Minister, Jo Bloggs, has announced extra funding for parks and pools.\n\nThe Minister has allocated the last of this year's budget, leaving £1m to carry forward.\n\nJo Bloggs said: “I will allocate £4m to the councils.”\n",
			[]string{
				"Jo Bloggs | Culture Minister, Jo Bloggs, has announced extra funding for parks and pools.",
				"Jo Bloggs | The Minister has allocated the last of this year's budget, leaving £1m to carry forward.",
				"Jo Bloggs | I will allocate £4m to the councils.",
			}},
		// gla-2025-greener-schools: further money given in the passive
		// in the narrative is the announcer's news too.
		{"lede of a person, then further money given",
			"£2 million for parks\n\nCulture Minister Jo Bloggs has today revealed the first beneficiaries of her new parks scheme.\n\nThe Minister invited councils to apply for her £2 million parks fund in May.\n\nFollowing high demand, further funding of £500,000 has been allocated to ten more parks.\n",
			[]string{
				"Jo Bloggs | Culture Minister Jo Bloggs has today revealed the first beneficiaries of her new parks scheme.",
				"Jo Bloggs | The Minister invited councils to apply for her £2 million parks fund in May.",
				"Jo Bloggs | Following high demand, further funding of £500,000 has been allocated to ten more parks.",
			}},
		{"lede of a person, then another post",
			"Parks money\n\nCulture Minister, Jo Bloggs, has announced extra funding for parks and pools.\n\nThe Mayor has allocated the last of this year's budget, leaving £1m to carry forward.\n\nJo Bloggs said: “I will allocate £4m to the councils.”\n",
			[]string{
				"Jo Bloggs | Culture Minister, Jo Bloggs, has announced extra funding for parks and pools.",
				"Jo Bloggs | I will allocate £4m to the councils.",
			}},
		{"lede announcing no funding",
			"Parks visit\n\nCulture Minister Jo Bloggs has announced a visit to the county's parks.\n\nThe parks plan will see £5m invested in new parks across the county.\n\nJo Bloggs said: “Parks matter to every town.”\n",
			[]string{
				"Jo Bloggs | Parks matter to every town.",
			}},
		{"press release naming only the body that receives",
			"Roads money for the county\n\nGloucestershire County Council will receive £2m to mend potholes.\n\nRoads Minister Jo Bloggs said:\n\n“Potholes are a menace to every driver in the county.”\n",
			[]string{
				unknownSpeaker + " | Gloucestershire County Council will receive £2m to mend potholes.",
				"Jo Bloggs | Potholes are a menace to every driver in the county.",
			}},
		{"news report: no one's claim",
			"New support for rivers\n\nA new package of Scottish Government support totalling £1.5 million will fund river restoration.\n\nEnvironment Minister Jo Bloggs said: “Our rivers need help and this money will give it to them.”\n",
			[]string{
				"Jo Bloggs | Our rivers need help and this money will give it to them.",
			}},
		// scotgov-2020: a release whose lede names no body, whose own
		// narrative says which body gives money, is that body's; not a
		// body it says receives money.
		{"press release whose narrative names the body giving money",
			"Support for parks\n\nAn additional £2 million is being made available to parks hit by the floods.\n\nThis means that Kent County Council has provided £6 million for parks since 2020.\n\nCouncillor Jo Bloggs said:\n\n“Parks matter to every town.”\n",
			[]string{
				"Kent County Council | An additional £2 million is being made available to parks hit by the floods.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		// scotgov-2020-councils: so is a news report's, whose quotation
		// follows "said:" on the same line.
		{"news report whose narrative names the body giving money",
			"Support for parks\n\nAn additional £2 million is being made available to parks hit by the floods.\n\nTo help them at once Kent County Council is providing £1 million in advance payments.\n\nCouncillor Jo Bloggs said: “Parks matter to every town.”\n",
			[]string{
				"Kent County Council | An additional £2 million is being made available to parks hit by the floods.",
				"Kent County Council | To help them at once Kent County Council is providing £1 million in advance payments.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		{"press release whose narrative names a body receiving money",
			"Support for parks\n\nAn additional £2 million is being made available to parks hit by the floods.\n\nThis means that Kent County Council has received £6 million for parks since 2020.\n\nCouncillor Jo Bloggs said:\n\n“Parks matter to every town.”\n",
			[]string{
				unknownSpeaker + " | An additional £2 million is being made available to parks hit by the floods.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		// welshgov-2018-nhs-winter: the agent of a passive announcement
		// after "today" is its announcer all the same.
		{"announced today by a named person",
			"Extra money for parks\n\nAn additional £2 million for parks has been announced today by Culture Minister Jo Bloggs.\n\nJo Bloggs said:\n\n“Parks matter to every town.”\n",
			[]string{
				"Jo Bloggs | An additional £2 million for parks has been announced today by Culture Minister Jo Bloggs.",
				"Jo Bloggs | Parks matter to every town.",
			}},
		// winchester-2017: a noun of announcing is no verb, and the words
		// before it no announcer.
		{"lede whose word of announcing is a noun",
			"Parks money welcomed\n\nThe Chancellor's Budget announcement of more funding for parks has been welcomed by civic chiefs in Kent.\n\nThe additional £5m allocated nationally will help parks.\n\nJo Bloggs said: “Parks matter to every town.”\n",
			[]string{
				"Jo Bloggs | Parks matter to every town.",
			}},
		// somerset-2016: money a body's cabinet decides on, as the agent
		// of a passive verb by the body's possessive, is the body's claim,
		// in a news report too; not a body named without the possessive.
		{"money considered by a body's cabinet",
			"Cabinet considers parks plans\n\nInvestment of around £5m in parks will be considered by Kent County Council’s Cabinet next week.\n\n“Parks matter to every town,” said Jo Bloggs.\n",
			[]string{
				"Kent County Council | Investment of around £5m in parks will be considered by Kent County Council’s Cabinet next week.",
				"Jo Bloggs | Parks matter to every town",
			}},
		{"money approved by the council's committee",
			"Parks plans approved\n\nSpending of £2m on parks was approved by the council's parks committee on Monday.\n\n“Parks matter to every town,” said Jo Bloggs.\n",
			[]string{
				"the council | Spending of £2m on parks was approved by the council's parks committee on Monday.",
				"Jo Bloggs | Parks matter to every town",
			}},
		{"money approved by a parliament",
			"Parks money approved\n\nAlmost £5 million for parks has been approved by the Scottish Parliament.\n\n“Parks matter to every town,” said Jo Bloggs.\n",
			[]string{
				"Jo Bloggs | Parks matter to every town",
			}},
		// winchester-2017: a councillor's release is their council's,
		// the council its lede names; a minister's is not.
		{"councillor's release naming the council",
			"More money for council housing\n\nProposals to let councils bid for more cash from the additional £1 billion allocated nationally could see Kent County Council build new homes.\n\nCllr Jo Bloggs, Leader of the council, said:\n\n“It is good news for the county.”\n",
			[]string{
				"Kent County Council | Proposals to let councils bid for more cash from the additional £1 billion allocated nationally could see Kent County Council build new homes.",
				"Jo Bloggs | It is good news for the county.",
			}},
		{"minister's release naming a council",
			"More money for council housing\n\nProposals to let councils bid for more cash from the additional £1 billion allocated nationally could see Kent County Council build new homes.\n\nHousing Minister Jo Bloggs said:\n\n“It is good news for the county.”\n",
			[]string{
				unknownSpeaker + " | Proposals to let councils bid for more cash from the additional £1 billion allocated nationally could see Kent County Council build new homes.",
				"Jo Bloggs | It is good news for the county.",
			}},
		// gla-2025-greener-schools: revealing the beneficiaries announces
		// the funding, and money they save before the headline's sentence
		// is no other package's; the narrative's sentence opening on the
		// announcer's post by its head ("The Minister invited …") is the
		// announcer's too.
		{"lede revealing the beneficiaries, savings before the money",
			"Parks money\n\nCulture Minister Jo Bloggs has today revealed the first beneficiaries of her new parks scheme.\n\nThe scheme will help parks save an average of £1,500 on their bills.\n\nThe Minister invited councils to bid for her £2 million parks fund in May.\n",
			[]string{
				"Jo Bloggs | Culture Minister Jo Bloggs has today revealed the first beneficiaries of her new parks scheme.",
				"Jo Bloggs | The Minister invited councils to bid for her £2 million parks fund in May.",
			}},
		{"press release naming no body",
			"Support for childminders\n\nGrants of £750 are being paid to all registered childminders.\n\nChildren's Minister Jo Bloggs said:\n\n“Childminders are a vital part of our childcare sector.”\n",
			[]string{
				unknownSpeaker + " | Grants of £750 are being paid to all registered childminders.",
				"Jo Bloggs | Childminders are a vital part of our childcare sector.",
			}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.text)
		if err != nil {
			t.Fatalf("%s: DraftRecord: %v", tt.name, err)
		}
		checkDraft(t, tt.text, d)
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.Who()+" | "+c.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) claims (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}

// TestDraftDocumentAuthor checks the speaker of a quotation from a
// document that a sentence opens on ("The document promises “…”"): the
// author its earlier mention names by a possessive, and no one (the
// "unknown speaker" of an unplaced quotation) when none does.
func TestDraftDocumentAuthor(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Green Party's manifesto sets out its plans for the NHS.\n\nThe document promises \"an extra £2bn for hospitals\" over five years.\n",
			"Green Party"},
		{"The council has published its budget for next year.\n\nThe report promises \"an extra £2m for libraries\" over five years.\n",
			unknownSpeaker},
		// claims/testdata/articles/bbc-2019-plaid-labour-100bn-scotland-60bn-wales.txt
		// telfordwrekin-2018: the document speaks after the quotation,
		// and its author's possessive follows its first mention, a name
		// with "&" in it.
		{"Council budget\n\nA report to Anytown & District Council’s cabinet was published on Monday.\n\n\"an extra £2m for libraries will be needed,\" adds the report.\n",
			"Anytown & District Council"},
		{"Council budget\n\nA report to the cabinet was published on Monday.\n\n\"an extra £2m for libraries will be needed,\" the report says.\n",
			unknownSpeaker},
		{"Labour's Welsh general election manifesto has plans to spend £100bn on Scotland but is \"silent\" on Wales, Plaid Cymru's leader has claimed.\n\nThe document promises \"at least £100bn of additional resources\" over 10 years under a UK Labour government.\n",
			"Labour"},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.text)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.text, err)
		}
		checkDraft(t, tt.text, d)
		got := "no claim"
		for _, c := range d.Record.Claims {
			if strings.HasPrefix(c.Quote, "an extra") || strings.HasPrefix(c.Quote, "at least") {
				got = c.Speaker.Who()
			}
		}
		if got != tt.want {
			t.Errorf("DraftRecord(%q): the document's quotation is spoken by %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDraftFundFollow drafts the sentence after the announcing one whose
// subject is the package's fund by name, giving money, as the announcer's
// claim stating the package's money, and no recipient's share; a fund not
// named, or a sentence after another, is neither: invented articles.
func TestDraftFundFollow(t *testing.T) {
	const lede = "Minister gives £2m to Northby parks\n\nThe first parks to benefit from £2m of funding have been announced by Culture Minister Jo Hart today.\n\n"
	for i, tc := range []struct {
		text     string
		want     []string
		speakers int // the claims of Jo Hart
	}{
		{
			text:     lede + "Set up last year to improve green spaces, the Northby Parks Fund will distribute £1.8 million to park groups.\n\nEastside Park will receive £500,000 for new paths.\n",
			want:     []string{"package £2m; share £500,000", "claim £2m package", "claim £1.8m package"},
			speakers: 2,
		},
		{
			text:     lede + "Set up last year to improve green spaces, the Fund will distribute £1.8 million to park groups.\n\nEastside Park will receive £500,000 for new paths.\n",
			want:     []string{"package £2m; share £1.8m; share £500,000", "claim £2m package"},
			speakers: 1,
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
		d, err := DraftRecord(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range d.Record.Claims {
			if c.Speaker.Name == "Jo Hart" {
				n++
			}
		}
		if n != tc.speakers {
			t.Errorf("case %d: DraftRecord(%q) drafted %d claims of Jo Hart, want %d", i, tc.text, n, tc.speakers)
		}
	}
}

// TestDraftSummaryRestates checks that a summary line above the lede,
// passive before its agent ("… approved by Parliament."), is no lede,
// and that its figure restating the lede's in figures of its own is no
// part of the package (scotgov-2020-councils: "£257.6 million … approved
// by Parliament." above "Almost £258 million …"); a summary figure the
// headline does not admit is drafted as before.
func TestDraftSummaryRestates(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Parks money\n\n£4.9 million to mend Kent Parks approved by Parliament.\n\nAlmost £5 million of extra funding for parks, such as new benches, has been approved by Parliament.\n",
			want: []string{"package nearly £5m"},
		},
		{
			text: "Parks money\n\n£1 million to mend benches approved by Parliament.\n\nAlmost £5 million of extra funding for parks, such as new benches, has been approved by Parliament.\n",
			want: []string{"package nearly £5m; share £1m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftReleaseOwn checks the claims of a release's own announcing
// sentences when no announcer the article names speaks them: the
// headline's sentence, a sentence after it listing its parts, and a lede
// before it giving money in the passive, each with the speaker left to
// set and the role of each figure its words give; and that a news
// report's unattributed sentence is no one's claim.
func TestDraftReleaseOwn(t *testing.T) {
	type want struct {
		quote   string
		figures []string // each stated amount as "figure role"
	}
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a release's lead, with its parts after",
			"Money for libraries\n\nCouncils will receive £3m next year to keep libraries open. This includes £1m for rural branches.\n\nJo Reid said:\n\nLibraries matter to every town.\n",
			[]want{
				{"Councils will receive £3m next year to keep libraries open.", []string{"£3m package"}},
				{"This includes £1m for rural branches.", []string{"£1m share"}},
				{"Libraries matter to every town.", nil},
			}},
		{"a lede giving money before the headline's sentence",
			"Help for bus operators\n\nGrants of £500 are being paid to every bus operator in the county.\n\nFunding of £2 million has been made available so that every operator is paid.\n\nJo Hart said:\n\nBuses keep the county moving.\n",
			[]want{
				{"Grants of £500 are being paid to every bus operator in the county.", []string{"£500 per unit"}},
				{"Funding of £2 million has been made available so that every operator is paid.", []string{"£2 million package"}},
				{"Buses keep the county moving.", nil},
			}},
		{"money given in the passive, with quotations in the paragraph",
			"Road repairs\n\nThe extra funding of £4m is being made available to councils for road repairs.\n\nJo Hart said: “Roads matter.”\n",
			[]want{
				{"The extra funding of £4m is being made available to councils for road repairs.", []string{"£4m package"}},
				{"Roads matter.", nil},
			}},
		{"a news report's unattributed sentence",
			"Road repairs\n\nCouncils will receive £4m for road repairs.\n\nJo Hart said: “Roads matter.”\n",
			[]want{{"Roads matter.", nil}}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.text)
		if err != nil {
			t.Fatalf("%s: DraftRecord: %v", tt.name, err)
		}
		checkDraft(t, tt.text, d)
		var got []want
		for _, c := range d.Record.Claims {
			w := want{quote: c.Quote}
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok {
					w.figures = append(w.figures, sa.Figure.Text()+" "+sa.Role.String())
				}
			}
			got = append(got, w)
			if c.Speaker.Name == "" && c.Speaker != (funding.Person{Org: unknownSpeaker}) || c.Speaker.Name != "" && len(w.figures) > 0 {
				t.Errorf("%s: the speaker of %q is %v, want %q", tt.name, c.Quote, c.Speaker, unknownSpeaker)
			}
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("%s: DraftRecord(%q) claims (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}

// TestDraftReleaseWeProvide drafts a release's narrative sentence in
// which it speaks as "we", providing money apart from its announcing
// sentence ("In addition, we are providing £60m …"), as its publisher's
// claim and the money as a package of its own; in a news report, or with
// "we" not the subject, the money stays the package's share: invented
// articles.
func TestDraftReleaseWeProvide(t *testing.T) {
	const lede = "Money for councils\n\nCouncils will receive £4m next year for local services.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{lede + "In addition, we are providing £1m for road repairs over two years.\n\nJo Hart said:\n\nCouncils matter.\n",
			[]string{"package £4m", "package £1m", "claim £4m package", "claim £1m package"}},
		{lede + "Alongside this, we are giving £1m to new libraries.\n\nJo Hart said:\n\nCouncils matter.\n",
			[]string{"package £4m", "package £1m", "claim £4m package", "claim £1m package"}},
		{lede + "In addition, we are providing £1m for road repairs over two years.\n\nJo Hart said: “Councils matter.”\n",
			[]string{"package £4m; share £1m"}},
		{lede + "Councils we spoke to are providing £1m for road repairs.\n\nJo Hart said:\n\nCouncils matter.\n",
			[]string{"package £4m; share £1m", "claim £4m package"}},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
