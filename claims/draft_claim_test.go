package claims

import (
	"strings"
	"testing"
)

// TestDrafterQuoted checks the two questions asked of the drafted claims'
// spans, by one search: whether words lie in a claim at all (quoted), and
// whether in one between quote marks (inMarks), not a reported statement.
func TestDrafterQuoted(t *testing.T) {
	const article = "The council has announced £3m for roads.\n" +
		"Repairs worth £4m are waiting.\n" +
		"Jo Bloggs said the roads would cost £2m to mend.\n" +
		"\"We will spend £1m on potholes,\" said Ann Smith.\n"
	d := drafter{text: article}
	d.read()
	at := func(words string) Span {
		i := strings.Index(article, words)
		return Span{i, i + len(words)}
	}
	tests := []struct {
		words           string
		quoted, inMarks bool
	}{
		{"£3m", true, false}, // the announcing sentence, a statement
		{"£4m", false, false},
		{"£2m", true, false},  // the reported statement after "said"
		{"£1m", true, true},   // inside the marks
		{"Ann", false, false}, // after the closing mark
		{"We will spend £1m on potholes", true, true},
	}
	for _, tt := range tests {
		s := at(tt.words)
		if got := d.quoted(s); got != tt.quoted {
			t.Errorf("quoted(%q) = %v, want %v", tt.words, got, tt.quoted)
		}
		if got := d.inMarks(s); got != tt.inMarks {
			t.Errorf("inMarks(%q) = %v, want %v", tt.words, got, tt.inMarks)
		}
	}
}

// TestDraftQuotedShare checks that a quotation's figure the words give
// no role, equal to the money of an allocation and not the headline, is
// that allocation's share (thecourier-2023: "£20 million wouldn’t build a
// quarter of a new secondary school" after "Dundee is getting £20
// million"), and that a figure no allocation holds keeps no role.
func TestDraftQuotedShare(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Leeds is getting £3m as part of the towns scheme.\n\nThe scheme totals £9m across three cities in Yorkshire.\n\n" +
				"Council leader Jo Bloggs said: “£3m won’t mend one bridge.”\n",
			want: []string{"package £9m; share £3m; share £9m ×3", "claim £3m share"},
		},
		{
			text: "Leeds is getting £3m as part of the towns scheme.\n\nThe scheme totals £9m across three cities in Yorkshire.\n\n" +
				"Council leader Jo Bloggs said: “£4m won’t mend one bridge.”\n",
			want: []string{"package £9m; share £3m; share £9m ×3", "claim £4m unknown"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftAnnouncerOtherMoney checks that a figure the announcer's own
// quotation gives as a package's, not the headline nor a rounding of it
// nor another package's, is other money of theirs
// ("supported by £8 million of funding from us" beside the £2 million
// announced); another speaker's stays the package's, and so does the
// announcer's rounding of the headline. Money the words set in a time gone
// by (welshgov-2018-nhs-winter: "since the end of last winter, supported
// by £50 million") is other money whoever says it, as FromQuote reads it.
func TestDraftAnnouncerOtherMoney(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Extra money for parks\n\nAn additional £2 million for parks has been announced by Culture Minister Jo Bloggs.\n\n" +
				"Jo Bloggs said:\n\n“Parks are supported by £8 million of funding from us.”\n",
			want: []string{"package £2m", "claim £2m package", "claim £8m other"},
		},
		{
			text: "Extra money for parks\n\nAn additional £2.3 million for parks has been announced by Culture Minister Jo Bloggs.\n\n" +
				"Jo Bloggs said:\n\n“I am pleased to confirm a £2 million funding package for parks.”\n",
			want: []string{"package £2.3m", "claim £2.3m package", "claim £2m package"},
		},
		{
			text: "Extra money for parks\n\nAn additional £2 million for parks has been announced by Culture Minister Jo Bloggs.\n\n" +
				"Councillor Sam Smith said:\n\n“Parks are supported by £8 million of funding from us.”\n",
			want: []string{"package £2m", "claim £2m package", "claim £8m package"},
		},
		{
			text: "Extra money for parks\n\nAn additional £2 million for parks has been announced by Culture Minister Jo Bloggs.\n\n" +
				"Councillor Sam Smith said:\n\n“Parks have been planning for this since last winter, supported by £8 million of funding from us.”\n",
			want: []string{"package £2m", "claim £2m package", "claim £8m other"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftAnnouncerHeadlinePast checks that the headline's figure in the
// sentence drafted as the announcer's claim is the package's though its
// words put it in the past (winchester-2017: "from the additional £1
// billion allocated nationally").
func TestDraftAnnouncerHeadlinePast(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "More money for council housing\n\nProposals to let councils bid for more cash from the additional £1 billion allocated nationally could see Kent County Council build new homes.\n\n" +
				"Cllr Jo Bloggs, Leader of the council, said:\n\n“It is good news for the county.”\n",
			want: []string{"package £1bn", "claim £1bn package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftNarrativeClaims checks that a body's release states its news
// in its own sentences after the lede: one whose subject states another
// package's money, and one in which the body provides money, in the
// present or future, are its claims, the money a package of its own
// (scotgov-2020-councils); money given before is no claim, though money
// given up to now ("Since 2020 … has provided £3 million") is a package
// of its own.
func TestDraftNarrativeClaims(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Support for parks\n\nAn additional £2 million is being made available to parks hit by the floods.\n\n" +
				"The provision of a further £1 million is being agreed with the parks trust.\n\n" +
				"To help them at once Kent County Council is providing £3 million in advance payments.\n\n" +
				"Councillor Jo Bloggs said: “Parks matter to every town.”\n",
			want: []string{"package £2m", "package £1m", "package £3m", "claim £2m package", "claim £1m package", "claim £3m package"},
		},
		{
			text: "Support for parks\n\nAn additional £2 million is being made available to parks hit by the floods.\n\n" +
				"The provision of a further £1 million was agreed with the parks trust last year.\n\n" +
				"Since 2020 Kent County Council has provided £3 million in advance payments.\n\n" +
				"Councillor Jo Bloggs said: “Parks matter to every town.”\n",
			// Money given up to now is a package of its own, but no claim.
			want: []string{"package £2m", "package £1m", "package £3m", "claim £2m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRestatedSum drafts a sum a speaker states again after "That’s"
// or "This is" (pontefractandcastlefordexpress-2024: "We will have to
// spend over £300m next year …", then "That’s £300m just to keep those
// services running") in the role they gave it before, in the same
// quotation or the paragraph before; and a sum after such words that
// states no earlier one as a figure whose role its words do not give:
// invented articles.
func TestDraftRestatedSum(t *testing.T) {
	const lede = "Council budget\n\nAnytown Council has announced £50m for libraries across the county over the next two years.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Cllr Jo Bell said: “We will have to spend over £90m next year to deal with demand.\n\n“That’s £90m just to keep those services running.”\n",
			want: []string{"package £50m", "claim £50m package", "claim more than £90m other", "claim £90m other"},
		},
		{
			text: lede + "Cllr Jo Bell said: “We will have to spend over £90m next year to deal with demand. This is £90m we do not have.”\n",
			want: []string{"package £50m", "claim £50m package", "claim more than £90m other, £90m other"},
		},
		{
			text: lede + "Cllr Jo Bell said: “We will have to spend over £90m next year to deal with demand.\n\n“That’s £70m just to keep those services running.”\n",
			want: []string{"package £50m", "claim £50m package", "claim more than £90m other", "claim £70m unknown"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
