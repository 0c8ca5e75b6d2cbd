package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftParts drafts announcements that state a package only by its
// parts, or by parts and a total, typed in for the purpose beside the real
// sentences that motivated each rule, and checks where each figure goes.
func TestDraftParts(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// clinicalservicesjournal-2017: two sums, each for its own
			// purpose, and no total: parts of a package with no headline,
			// and the announcer's claim states them as shares.
			text: "Philip Hammond announced an immediate £350m boost for this winter followed by £1.6bn more next year for the front line above the rise already planned.\n",
			want: []string{"package ; share £350m; share £1.6bn", "claim £350m share, £1.6bn share"},
		},
		{
			text: "The Transport Secretary, Jane Smith, has announced £20m for bus lanes and £5m for cycle paths.\n",
			want: []string{"package ; share £20m; share £5m", "claim £20m share, £5m share"},
		},
		{
			// A list with commas.
			text: "The council leader, Tom Hill, has today announced £2m for roads, £1m for parks and £500,000 for libraries.\n",
			want: []string{"package ; share £2m; share £1m; share £500,000", "claim £2m share, £1m share, £500,000 share"},
		},
		{
			// The list opens before the figure a verb of receiving makes no
			// headline.
			text: "Councils will receive £2m for potholes and £3m for bridges, the Transport Secretary announced.\n",
			want: []string{"package ; share £2m; share £3m", "claim £2m share, £3m share"},
		},
		{
			// The total stated: it is the headline, and the parts its shares.
			text: "The council leader, Tom Hill, has today announced £2m for roads and £1m for parks.\n\nThe £3m will be spent this year.\n",
			want: []string{"package £3m; share £2m; share £1m", "claim £2m share, £1m share"},
		},
		{
			// A figure named as a whole is the package, not a part.
			text: "The Mayor, Ann Jones, has announced a £5m fund for youth clubs and £2m for sports pitches.\n",
			want: []string{"package £5m; share £2m", "claim £5m package, £2m share"},
		},
		{
			// Money placed apart from the package ends the list: the first
			// figure is the headline, the other a package of its own.
			text: "The Environment Secretary, Ann Lee, has announced £20m for flood defences and £5m previously promised for river dredging.\n",
			want: []string{"package £20m", "package £5m", "claim £20m package, £5m package"},
		},
		{
			// stv-2013: the package "also features" "a further" sum, a part
			// of it listed, not money beside it.
			text: "The council has announced a £10m budget for schools.\n\nThe budget includes £6m for teachers.\n\nThe budget also features funds for school meals and a further £2m to fund breakfast clubs.\n",
			want: []string{"package £10m; share £6m; share £2m", "claim £10m package"},
		},
		{
			// pressandjournal-2021: the package "also includes" a sum that
			// a noun of announcing names ("the £7.7 million pledge"), a
			// part of it listed, not money announced beside it.
			text: "The council has announced a £10m budget for schools.\n\nIt also includes the £2m pledge to support breakfast clubs in every school.\n",
			want: []string{"package £10m; share £2m", "claim £10m package"},
		},
		{
			// Announcing with no itemising verb after "also" is money
			// beside the package.
			text: "The council has announced a £10m budget for schools.\n\nIt also announced a £2m fund to support breakfast clubs in every school.\n",
			want: []string{"package £10m", "package £2m", "claim £10m package", "claim £2m package"},
		},
		{
			// A part after "including", named by the noun after it.
			text: "The council pays £600,000 to parishes, including a town-wide £150,000 pot.\n",
			want: []string{"package £600,000; share £150,000"},
		},
		{
			// After "including", a figure with no noun of a pot after it
			// is no part.
			text: "The council pays £600,000 to parishes, including £150,000 Ashby pays back.\n",
			want: []string{"package £600,000"},
		},
		{
			// Figures saying neither whom nor what they are for are no parts.
			text: "The council leader, Tom Hill, has announced £2m and £1m.\n",
			want: []string{"package £2m", "claim £2m package, £1m unknown"},
		},
		{
			// yorkpress-2012: money year by year that makes up the whole,
			// even in a reported statement, is the package's parts; years
			// that do not make it up are not.
			text: "The council has set up a £3 million parks fund.\n\nCllr Tom Hill said the fund – which would hold £1 million in 2014/15 and £2 million the next year – would be spent openly.\n",
			want: []string{"package £3m; share £1m; share £2m", "claim £1m share, £2m share"},
		},
		{
			text: "The council has set up a £3 million parks fund.\n\nCllr Tom Hill said the fund – which would hold £1 million in 2014/15 and £1 million the next year – would be spent openly.\n",
			want: []string{"package £3m", "claim £1m share, £1m share"},
		},
		{
			// scotgov-2020-councils: money month by month that makes up
			// the figure straight before it, not the package's, is that
			// money's parts, and that money a package of its own.
			text: "The council has announced a £3 million parks fund.\n\nThe council is also paying £5 million in advances to parish councils. Parishes received £2 million in May, £1 million in June, and will receive £2 million in July.\n",
			want: []string{"package £3m", "package £5m; share £2m; share £1m; share £2m", "claim £3m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftOtherPackages drafts articles announcing money beside the
// package and checks that it is a package of its own, and that money the
// words give another role is not.
func TestDraftOtherPackages(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// guardian-2009: money of an announcement the news "follows"
			// is a package of its own, and "The £2m" named again by its
			// figure gives that package's recipients, not this one's.
			text: "The council has announced a £10m fund for new homes.\n\nThe move follows last week's announcement by the mayor of a £2m pot for parks.\n\nThe £2m will go to 12 parish councils.\n",
			want: []string{"package £10m", "package £2m; share £2m ×12", "claim £10m package"},
		},
		{
			// Without "follows", an announcement of money is no package
			// apart.
			text: "The council has announced a £10m fund for new homes.\n\nThe announcement of a £2m pot for parks came later.\n",
			want: []string{"package £10m; share £2m", "claim £10m package"},
		},
		{
			// herald-2021: "an extra" sum above the package, in a reported
			// announcement, is another package's headline.
			text: "SCOTLAND’S Finance Secretary has claimed that £375 million of UK Government funding announced to mitigate the lockdown is not new cash\n\nChancellor Rishi Sunak laid out plans for an extra £4.6 billion in business support in England after a lockdown was announced this week. As a result, the Treasury said, Scotland would receive an allocation of £375 million.\n",
			want: []string{"package £375m", "package £4.6bn", "claim £375m package", "claim £4.6bn package", "claim £375m package"},
		},
		{
			text: "The Welsh Government has announced £30m for rural schools.\n\nThe Education Minister, Ann Jones, said the government would find an extra £200m for school buildings over five years.\n",
			want: []string{"package £30m", "package £200m", "claim £30m package", "claim £200m package"},
		},
		{
			// thenational-2021: "additional funding of" a sum above the
			// package, reported, is another package's headline too; funding
			// "of" a sum with no word of more is not.
			text: "The Welsh Government has announced £30m for rural schools.\n\nThe Education Minister, Ann Jones, said the government would make additional funding of up to £60m available to colleges.\n",
			want: []string{"package £30m", "package up to £60m", "claim £30m package", "claim up to £60m package"},
		},
		{
			text: "The Welsh Government has announced £30m for rural schools.\n\nThe Education Minister, Ann Jones, said the government would make funding of up to £60m available to colleges.\n",
			want: []string{"package £30m", "claim £30m package", "claim up to £60m package"},
		},
		{
			// thenational-2021: further money a reported statement gives
			// as its own is another package, though less than the
			// package; a further share of it, or further money needed, is
			// not.
			text: "The Welsh Government has announced £30m for rural schools.\n\nThe Education Minister, Ann Jones, said a further £6m will support school libraries.\n",
			want: []string{"package £30m", "package £6m", "claim £30m package", "claim £6m package"},
		},
		{
			text: "The Welsh Government has announced £30m for rural schools.\n\nThe Education Minister, Ann Jones, said a further £6m will go to Powys.\n",
			want: []string{"package £30m", "claim £30m package", "claim £6m share"},
		},
		{
			text: "The Welsh Government has announced £30m for rural schools.\n\nThe Education Minister, Ann Jones, said schools needed a further £6m.\n",
			want: []string{"package £30m", "claim £30m package", "claim £6m needed"},
		},
		{
			// pharmatimes-2013: money also announced, received whole by the
			// subject, is another package and that recipient's allocation.
			text: "The UK government is putting in an additional £500 million over the next two years to ensure that struggling A&E departments can cope over the winter.\n\nIt was also announced that the beleaguered NHS 111 non-emergency telephone line will also receive an extra £15 million for the winter.\n",
			want: []string{"package £500m over 2 years", "package £15m; share £15m"},
		},
		{
			// No verb of receiving: no recipient, no allocation.
			text: "The Mayor has announced £12m for youth clubs.\n\nThe Mayor also committed a £45 million investment in social housing.\n",
			want: []string{"package £12m", "package £45m", "claim £12m package"},
		},
		{
			// Announced in so many words, and more than the package.
			text: "The Education Secretary, Jane Smith, has announced a £10m package for schools.\n\nSeparately, the government announced £50m for colleges.\n",
			want: []string{"package £10m", "package £50m", "claim £10m package", "claim £50m package"},
		},
		{
			// A sentence opening apart, whatever the money's size.
			text: "The Education Secretary, Jane Smith, has announced a £10m package for schools.\n\nMeanwhile, the council has committed £2m to youth clubs.\n",
			want: []string{"package £10m", "package £2m", "claim £10m package"},
		},
		{
			// Reported "also": beside the package, whatever its size.
			text: "The Education Secretary, Jane Smith, has announced a £10m package for schools.\n\nSmith said the government would also spend £4m on teacher pay.\n",
			want: []string{"package £10m", "package £4m", "claim £10m package", "claim £4m package"},
		},
		{
			// Money spent, not announced, stays the speaker's other money.
			text: "The Chancellor has announced £30m for coastal towns.\n\nAnn Jones said the government has invested £2 billion in roads this year.\n",
			want: []string{"package £30m", "claim £30m package", "claim £2bn other"},
		},
		{
			// "It follows" money "launched in June": announced apart.
			text: "The Education Secretary, Jane Smith, has announced a £10m package for schools.\n\nIt follows a £5m fund for school libraries launched in June.\n",
			want: []string{"package £10m", "package £5m", "claim £10m package"},
		},
		{
			// mhclg-2020: money also confirmed that, with the parts
			// before it, makes up the package is its last part, after
			// other money between.
			text: "The council has announced £5m for the county's parks.\n\nOver £4 million of this funding will go to the town parks, and it brings the total given to parks this year to £12 million. This includes £8 million for new paths and £3 million from the tree fund.\n\nThe council's leisure department has also confirmed today £1 million will be used to introduce a new fund which will support playgrounds most in need.\n",
			want: []string{"package £5m; share more than £4m; share £1m", "package £12m; share £8m; share £3m", "claim £5m package", "claim £1m share"},
		},
		{
			// More than the rest of the whole: money beside it.
			text: "The council has announced £5m for the county's parks.\n\nOver £4 million of this funding will go to the town parks, and it brings the total given to parks this year to £12 million. This includes £8 million for new paths and £3 million from the tree fund.\n\nThe council's leisure department has also confirmed today £2 million will be used to introduce a new fund which will support playgrounds most in need.\n",
			want: []string{"package £5m; share more than £4m", "package £12m; share £8m; share £3m", "package £2m", "claim £5m package", "claim £2m package"},
		},
		{
			// Money needed is no package, reported or quoted.
			text: "The Welsh Government has announced £30m for rural schools.\n\nAnn Jones said an extra £200m was needed for school buildings.\n",
			want: []string{"package £30m", "claim £30m package", "claim £200m needed"},
		},
		{
			text: "The Welsh Government has announced £30m for rural schools.\n\nThe minister said: “An extra £200m is needed for school buildings.”\n",
			want: []string{"package £30m", "claim £30m package", "claim £200m needed"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftPartitive drafts money stated as a part "of" the package's, in
// reported or quoted speech, and checks that it is an allocation and its
// claim states a share.
func TestDraftPartitive(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// skynews-2019: reported.
			text: "Boris Johnson announced that £850m of the one-off payment would go to repairing 20 hospitals on Sunday.\n\nBen Gershlick said \"the £1.8bn injection risks being little more than a drop in the ocean\".\n",
			want: []string{"package £1.8bn; share £850m", "claim £850m share", "claim £1.8bn package"},
		},
		{
			// Quoted, "of this".
			text: "The Scottish Government has announced £12m for island ferries.\n\nThe minister said: “£4m of this will go to new harbour cranes.”\n",
			want: []string{"package £12m; share £4m", "claim £12m package", "claim £4m share"},
		},
		{
			text: "The Scottish Government has announced £12m for island ferries.\n\nThe minister said £4m of the funding was for Orkney and £2m of it for Shetland.\n",
			want: []string{"package £12m; share £4m; share £2m", "claim £12m package", "claim £4m share, £2m share"},
		},
		{
			// "Of the £10m, …" before the figure, in quote marks.
			text: "The Education Secretary, Jane Smith, has announced a £10m package for schools.\n\nSmith said: “Of the £10m, £6m will go to primary schools.”\n",
			want: []string{"package £10m; share £6m", "claim £10m package", "claim £10m package, £6m share"},
		},
		{
			text: "The Education Secretary, Jane Smith, has announced a £10m package for schools.\n\nSmith said the package, of which £6m is for primary schools, would help.\n",
			want: []string{"package £10m; share £6m", "claim £10m package", "claim £6m share"},
		},
		{
			// "of" and no money it is part of: no part.
			text: "The Scottish Government has announced £12m for island ferries.\n\nAnn Jones said £4m of repairs were needed on the ferries.\n",
			want: []string{"package £12m", "claim £12m package", "claim £4m unknown"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftOwner drafts articles naming the funder only by a possessive
// before the package's figure, or by a body named in lower case, and
// checks the funder drafted.
func TestDraftOwner(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"The government's £750m package for charities was criticised as too small.\n", "the government"},
		{"Ann Jones welcomed the Scottish Government’s new £5m fund for peatland.\n", "Scottish Government"},
		{"Fife Council's £2m fund for roads opens today.\n", "Fife Council"},
		// A body named in lower case, as the subject announcing the money.
		{"The UK government is putting in an additional £500 million over the next two years.\n", "the UK government"},
		{"A Labour government would invest £9.5bn extra each year on capital projects.\n", "a Labour government"},
		// Not one after the verb: "the Coalition government" is compared.
		{"Under the plans £9.5bn a year would be invested in capital projects – 50% more than the Coalition government.\n", unknownFunder},
		// The announcer named by its generic noun: its full name.
		{"Kent County Council has approved the pledge to build 500 homes.\n\nApproved at the Cabinet meeting on Monday, the plan will see £2m invested in new Council homes.\n", "Kent County Council"},
		// "Local Government" in a post is the councils, no body.
		{"Local Government Minister Ann Jones has announced £3m from the Welsh Government for parish councils.\n", "Welsh Government"},
		// A person's possessive names no funder, nor does "a government's".
		{"Rishi Sunak’s £750m package for charities was criticised.\n", unknownFunder},
		{"A government’s £750m package for charities was criticised.\n", unknownFunder},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tc.text, err)
		}
		checkDraft(t, tc.text, d)
		if got := d.Record.Packages[0].Funder.Name; got != tc.want {
			t.Errorf("DraftRecord(%q) funder = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDraftChannels drafts lists of money by the ways it comes ("£X
// directly from … and £Y through …"), in the narrative and in speech, and
// checks that they are the package's allocations when they fit in it.
func TestDraftChannels(t *testing.T) {
	const head = "The Chancellor, Rishi Sunak, has announced a £750m package for charities.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: head + "The money is made up of £360m from government departments and £370m through the National Lottery.\n",
			want: []string{"package £750m; share £360m; share £370m", "claim £750m package"},
		},
		{
			// Reported, and quoted: the claim states shares.
			text: head + "Sunak said £360m would come directly from government departments and £370m through the National Lottery.\n",
			want: []string{"package £750m; share £360m; share £370m", "claim £750m package", "claim £360m share, £370m share"},
		},
		{
			text: head + "Sunak said: “£360m will come directly from government departments, and £370m through the National Lottery.”\n",
			want: []string{"package £750m; share £360m; share £370m", "claim £750m package", "claim £360m share, £370m share"},
		},
		{
			// Each figure the subject of a verb of coming, one a sentence.
			text: head + "£360m will come directly from government departments.\n\nA further £370m will be provided through the National Lottery.\n",
			want: []string{"package £750m; share £360m; share £370m", "claim £750m package"},
		},
		{
			// "by" after a verb of giving; ", with" joining the list.
			text: head + "It will see £360m given directly by government departments and £370m through the National Lottery Community Fund.\n",
			want: []string{"package £750m; share £360m; share £370m", "claim £750m package"},
		},
		{
			text: head + "Of the total, £360m will come directly from government, with £370m going through the lottery.\n",
			want: []string{"package £750m; share £360m; share £370m", "claim £750m package"},
		},
		{
			// The progressive passive: "is being distributed through …".
			text: head + "A total of £360m is being distributed through the Charities Grants Scheme to small charities.\n",
			want: []string{"package £750m; share £360m", "claim £750m package"},
		},
		{
			text: head + "£200m is being paid via the National Lottery, with decisions due in May.\n",
			want: []string{"package £750m; share £200m", "claim £750m package"},
		},
		{
			// More than the package between them: no parts of it.
			text: head + "Councils received £500m from the Treasury and £400m from the lottery.\n",
			want: []string{"package £750m; share £500m", "claim £750m package"},
		},
		{
			// Money lost comes to no one: no parts.
			text: head + "Charities have lost £300m from fundraising and £200m from shops since March.\n",
			want: []string{"package £750m", "claim £750m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftItemisedSpeech drafts speech that itemises the package with
// a word such as "includes" before its figures, and checks that the parts
// are allocations; "made" without "up" itemises nothing.
func TestDraftItemisedSpeech(t *testing.T) {
	const head = "The Education Secretary, Jane Smith, has announced a £10m package for schools.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: head + "Smith said: “This includes £4m for new classrooms and £2m for school meals.”\n",
			want: []string{"package £10m; share £4m; share £2m", "claim £10m package", "claim £4m share, £2m share"},
		},
		{
			text: head + "Smith said the package included £4m for new classrooms.\n",
			want: []string{"package £10m; share £4m", "claim £10m package", "claim £4m share"},
		},
		{
			text: head + "Smith said: “The package is made up of £6m for primary schools and £4m for secondary schools.”\n",
			want: []string{"package £10m; share £6m; share £4m", "claim £10m package", "claim £6m share, £4m share"},
		},
		{
			// A list "as follows" introduces, its items on what the money
			// is spent on, and no other money the package follows.
			text: head + "Smith said: “The £10m will be spent as follows: £6m on new classrooms; £3m on school meals and £1m to fund breakfast clubs.”\n",
			want: []string{"package £10m; share £6m; share £3m; share £1m", "claim £10m package", "claim £10m package, £6m share, £3m share, £1m share"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
	// "made … available" itemises nothing: the speaker's money is no part
	// of the package (what role the claim gives it is FromQuote's).
	text := head + "Ann Jones said: “We have made £4m available for music lessons.”\n"
	d, err := DraftRecord(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := moneyOf(d.Record)[0]; got != "package £10m" {
		t.Errorf("DraftRecord(%q) package = %q, want %q", text, got, "package £10m")
	}
}

// TestDraftSums drafts a sentence totalling money announced apart just
// before it ("This means a further £3 billion …"), modelled on
// publicsectorexecutive-2021, and checks that the total is a package of
// its own whose allocations are that money, only when two or more figures
// fit in it.
func TestDraftSums(t *testing.T) {
	const head = "The Health Secretary, Ann Jones, has announced £40m for hospices.\n\nFinal allocations for the £5m fund for rural surgeries have also been confirmed.\n\n"
	const total = "This means a further £10m of support for the NHS in the region has been confirmed.\n"
	text := head + "This follows £3m for mental health services which was announced in May.\n\n" + total
	checkMoney(t, 0, text, []string{"package £40m", "package £10m; share £5m; share £3m", "claim £40m package"})
	for _, text := range []string{
		// More than the total: the sentence totals something else.
		head + "This follows £8m for mental health services which was announced in May.\n\n" + total,
		// One figure before it is no list to total.
		head + total,
	} {
		d, err := DraftRecord(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range moneyOf(d.Record) {
			if strings.HasPrefix(line, "package £10m;") {
				t.Errorf("DraftRecord(%q) drafted %q, want £10m to total nothing", text, line)
			}
		}
	}
}

// TestDraftRecipients drafts itemising sentences that name each part's
// recipient in the ways news copy does, and checks the parts drafted.
func TestDraftRecipients(t *testing.T) {
	const head = "The Transport Secretary, Jane Smith, has announced a £10m package for buses.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// The verb of receiving left out after the list's first item.
			text: head + "Leeds will receive £4m, Bradford £3m and Wakefield £2m.\n",
			want: []string{"package £10m; share £4m; share £3m; share £2m", "claim £10m package"},
		},
		{
			// The gapped items after the last comma, one opening on "the"
			// and closing on a noun of place, and one misprinted without its
			// scale, read at the list's; the subject after "said".
			text: head + "The minister said Leeds will receive £4m of the fund, the Wakefield district £3m, and York £1.5.\n",
			want: []string{"package £10m; share £4m; share £3m; share £1.5m", "claim £10m package", "claim £4m share, £3m share, £1.5 share"},
		},
		{
			// Each subject after the figure before it.
			text: head + "Rural routes get £4m while electric buses get £3m.\n",
			want: []string{"package £10m; share £4m; share £3m", "claim £10m package"},
		},
		{
			// lancashiretelegraph-2024: a count of recipients receiving
			// grants up to a cap each shares the whole; a count receiving
			// what states other money is not read so.
			text: head + "A total of 28 clubs received grants of up to a maximum of £5,000.\n",
			want: []string{"package £10m; share £10m ×28", "claim £10m package"},
		},
		{
			text: head + "28 clubs received grants of up to £5,000.\n",
			want: []string{"package £10m; share £10m ×28", "claim £10m package"},
		},
		{
			text: head + "28 clubs received letters asking them to find £5,000.\n",
			want: []string{"package £10m", "claim £10m package"},
		},
		{
			// Divided "across" a count of recipients.
			text: head + "£4m will be allocated across 12 councils.\n",
			want: []string{"package £10m; share £4m ×12", "claim £10m package"},
		},
		{
			// Each recipient with its money in brackets.
			text: head + "Leeds (£4m), Bradford (£3m) and Wakefield (£2m) are among the winners.\n",
			want: []string{"package £10m; share £4m; share £3m; share £2m", "claim £10m package"},
		},
		{
			// A list's lines, each what the money is for with its sum in
			// brackets after it (rct-2023); a line that goes on after its
			// sum is no list's.
			text: head + "The money is for:\n\nHighways maintenance (£4m)\n\nParks and green spaces (£3m).\n\nNew bus shelters (£2m) will follow later.\n",
			want: []string{"package £10m; share £4m; share £3m", "claim £10m package"},
		},
		{
			// A name opening its sentence topping a list "with an
			// allocation of" a sum; and a sum each of the names after a
			// colon receives (constructionindex-2019). A sentence opening
			// on "The" names no recipient, nor a list with no "and".
			text: head + "Leeds tops the list with an allocation of £4m. Two other cities also receive more than £2m each: York and Hull.\n",
			want: []string{"package £10m; share £4m; share more than £2m; share more than £2m", "claim £10m package"},
		},
		{
			text: head + "The scheme opens with an allocation of £4m. Two other cities also receive £2m each: York, Hull.\n",
			want: []string{"package £10m", "claim £10m package"},
		},
		{
			// A figure beside a noun naming a part, between commas.
			text: head + "The biggest award, £4m, goes to Leeds.\n",
			want: []string{"package £10m; share £4m", "claim £10m package"},
		},
		{
			// A conversion in brackets is no recipient's money (and euros are
			// no part of a package in pounds).
			text: head + "The scheme is worth almost €2m (£1.7m) to Leeds.\n",
			want: []string{"package £10m", "claim £10m package"},
		},
		{
			// A level compared with is no package, though "last year"
			// follows it.
			text: head + "Leeds will receive £4m, up from £3m last year.\n",
			want: []string{"package £10m; share £4m", "claim £10m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRecipientsNamed drafts the sums later sentences give to the
// recipients a sentence stating no money names as receiving money as the
// package's parts, with no headline, and a speaker's more exact sum of
// one of them as that part's share; and a sentence naming no recipients,
// or one, leaves the headline as it was: invented articles.
func TestDraftRecipientsNamed(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Northby College and Southby Academy will receive funding from the Department for Education.\n\n" +
				"The £4m grant for Northby will pay for new labs.\n\nSouthby Academy will receive £2m for a library.\n\n" +
				"Jo Bell said: “This £4.2m grant lets us build the labs.”\n",
			want: []string{"package ; share £4m; share £2m", "claim £4.2m share"},
		},
		{
			text: "The colleges will receive funding from the Department for Education.\n\n" +
				"The £4m grant for Northby will pay for new labs.\n\nSouthby Academy will receive £2m for a library.\n",
			want: []string{"package £4m; share £2m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftGivenEach drafts money two givers each give ("Both the county
// and city councils will provide £2m each") as a package of its own with
// a part from each, and leaves money the two receive each apart from it,
// each one's share of the package (see eachNamed): invented articles.
func TestDraftGivenEach(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		titles []string // the second package's parts
	}{
		{
			text:   "The council has announced £5m for the harbour.\n\nBoth the County and City Councils will provide the harbour board £2m each for new quays.\n",
			want:   []string{"package £5m", "package ; share £2m; share £2m", "claim £5m package"},
			titles: []string{"From the County Council", "From the City Council"},
		},
		{
			text:   "The council has announced £5m for the harbour.\n\nBoth Leeds Council and York Council will give £1m each.\n",
			want:   []string{"package £5m", "package ; share £1m; share £1m", "claim £5m package"},
			titles: []string{"From Leeds Council", "From York Council"},
		},
		{
			text: "The council has announced £5m for the harbour.\n\nBoth Leeds and York will get £1m each.\n",
			want: []string{"package £5m; share £1m; share £1m", "claim £5m package"},
		},
	}
	for i, tc := range tests {
		checkMoney(t, i, tc.text, tc.want)
		d, _ := DraftRecord(tc.text)
		var got []string
		if ps := d.Record.Packages; len(ps) > 1 {
			for _, a := range ps[1].Allocations {
				got = append(got, a.Title)
			}
		}
		if diff := cmp.Diff(tc.titles, got); diff != "" {
			t.Errorf("case %d: DraftRecord(%q) second package's parts (-want +got):\n%s", i, tc.text, diff)
		}
	}
}

// TestDraftRangeNoShare leaves a range of money given to recipients
// ("between £100,000 and £250,000 will be granted to halls") out of the
// package's allocations, since it is what each may get, and drafts a sum
// given so as a share: invented articles.
func TestDraftRangeNoShare(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{"The council has announced £5m for community halls.\n\nOver five years, between £100,000 and £250,000 will be granted to halls in the poorest wards.\n",
			[]string{"package £5m", "claim £5m package"}},
		{"The council has announced £5m for community halls.\n\nOver five years, £100,000-£250,000 will be granted to halls in the poorest wards.\n",
			[]string{"package £5m", "claim £5m package"}},
		{"The council has announced £5m for community halls.\n\nOver five years, £1m will be granted to halls in the poorest wards.\n",
			[]string{"package £5m; share £1m", "claim £5m package"}},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftToppedUp leaves money that tops up the package, named as a
// whole ("the fund has actually been topped up by an extra £2m"), out of
// its allocations and of the packages of their own, as the package's
// change, and drafts a top-up of another's fund ("the council's fund")
// in a sentence opening "Meanwhile" as a package of its own: invented
// articles.
func TestDraftToppedUp(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{"The government has announced £7m for buses.\n\nMeanwhile, the fund has actually been topped up by an extra £2m.\n",
			[]string{"package £7m", "claim £7m package"}},
		{"The government has announced £7m for buses.\n\nThe scheme will be topped up by £2m next year.\n",
			[]string{"package £7m", "claim £7m package"}},
		{"The government has announced £7m for buses.\n\nMeanwhile, the council's fund has been topped up by an extra £2m.\n",
			[]string{"package £7m", "package £2m", "claim £7m package"}},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftFurtherGiven drafts money given in the passive and named as
// further ("further funding of £1m has been allocated to …") as a package
// of its own, all of it the recipients' the sentence names (ten parks
// sharing it), and money given of the package's as its share: invented
// articles.
func TestDraftFurtherGiven(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{"The council has announced £5m for parks.\n\nFollowing high demand, further funding of £1m has been allocated to ten more parks.\n",
			[]string{"package £5m", "package £1m; share £1m ×10", "claim £5m package"}},
		{"The council has announced £5m for parks.\n\nAdditional funding of £1m will be given to pools.\n",
			[]string{"package £5m", "package £1m; share £1m", "claim £5m package"}},
		{"The council has announced £5m for parks.\n\nOf this, £1m has been allocated to pools.\n",
			[]string{"package £5m; share £1m", "claim £5m package"}},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftIncludedByUnstated drafts sums that money named by a noun and
// no figure includes ("The funding announcement includes £2 million
// towards …", "The support package will also feature £1m …",
// cumberlandnews-2016) as the package's parts, with no headline, and the
// figure of one of them again ("the £2m package of repairs") as no more
// money; where the body states the total, it is the headline, and such
// sums its allocations: invented articles.
func TestDraftIncludedByUnstated(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Money for the national park\n\nThe funding announcement includes £2m towards repairing bridges and footpaths across the national park.\n\n" +
				"The support package will also feature £1m in new funding to launch a marketing campaign.\n\n" +
				"Critics said the £2m package of repairs was far too small.\n",
			want: []string{"package ; share £2m; share £1m"},
		},
		{
			text: "Money for the national park\n\nThe Government has announced a £5m package for the national park after the floods.\n\n" +
				"The package includes £2m towards repairing bridges and footpaths.\n",
			want: []string{"package £5m; share £2m", "claim £5m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftCountedShare drafts an article stating one recipient's sum of
// money that a sentence stating no money gives to a count of recipients
// (worcesternews-2001: "Evesham and Bewdley are set to receive £1m …",
// "In total 43 market towns nationally are to receive aid money") as the
// package's one part, with no headline; where the article states the
// total, it is the headline: invented articles.
func TestDraftCountedShare(t *testing.T) {
	const body = "Under the scheme, Upton and Hanley are set to receive £50,000 to repair their village halls.\n\n" +
		"In total 12 villages across the county are to receive grant money.\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Villages to share cash\n\nA £50,000 council boost for a Wyre village is a waste of money, according to local councillor Jane Smith.\n\n" + body,
			want: []string{"package ; share £50,000", "claim £50,000 share"},
		},
		{
			text: "Villages to share cash\n\nThe county council has announced £400,000 for village halls across the county.\n\n" + body,
			want: []string{"package £400,000; share £50,000", "claim £400,000 package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftChannelledPart drafts a part "of the" monies stated before that
// is "channelled into" its purpose, as money "pumped into" one is, as a
// part of the package, and not money channelled into more than the whole:
// invented articles.
func TestDraftChannelledPart(t *testing.T) {
	const lede = "Arts and sport boost\n\nThe minister has announced £30m for arts and sport over three years, with £15m for sport.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Around £12m of the sport monies will be channelled into safety work at sports grounds.\n",
			want: []string{"package £30m; share £15m; share about £12m", "claim £30m package, £15m share"},
		},
		{
			text: lede + "About £40m of the sport monies will be channelled into safety work at sports grounds.\n",
			want: []string{"package £30m; share £15m", "claim £30m package, £15m share"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
