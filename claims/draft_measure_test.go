package claims

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDraftMeasureFromQuote checks that a count read from a speaker's
// words, not the article's, is drafted as a measure no surer than
// Inferred and with a note: a claim of the speaker's weighed against it
// is weighed against itself, so a person should confirm it.
func TestDraftMeasureFromQuote(t *testing.T) {
	article := "Libraries fund\n\nLeeds City Council has announced £4.5 million for 150 libraries.\n\n" +
		"Jane Hutt said: \"It will reach 1.2 million readers.\""
	d := checkedDraft(t, article)
	want := map[string]Confidence{"150 libraries": Explicit, "1.2 million readers": Inferred}
	got := map[string]Confidence{}
	for _, f := range d.Fields {
		if strings.HasPrefix(f.Path, "packages[0].measures[") {
			got[article[f.Span.Start:f.Span.End]] = f.Confidence
		}
	}
	for words, c := range want {
		if got[words] != c {
			t.Errorf("DraftRecord(%q): measure %q drafted %v, want %v", article, words, got[words], c)
		}
	}
	noted := false
	for _, n := range d.Notes {
		noted = noted || article[n.Span.Start:n.Span.End] == "1.2 million readers"
	}
	if !noted {
		t.Errorf("DraftRecord(%q): no note on the measure read from a quotation; notes %+v", article, d.Notes)
	}
}

// TestDraftMeasureNoCount checks that figures that count no things are
// not drafted as measures: a ratio written in figures around a slash
// ("24/7", "2024/25") and a proportion ("1 in 5 households").
func TestDraftMeasureNoCount(t *testing.T) {
	checkMeasures(t, funding.Measure.String, []measuresCase{
		{"Care fund\n\nLeeds City Council has announced £3m for 24/7 services.", nil},
		{"Care fund\n\nLeeds City Council has announced £3m for 2024/25 services.", nil},
		{"Care fund\n\nLeeds City Council has announced £3m to help 1 in 5 households.", nil},
	})
}

// TestDraftMeasureNote checks which counts of a sentence a term such as
// "each year" belongs to: the count it follows, before the next count,
// or every count when it comes before them all.
func TestDraftMeasureNote(t *testing.T) {
	checkMeasures(t, measureNote, []measuresCase{
		{"Libraries fund\n\nLeeds City Council has announced £4.5 million for 150 libraries and about 3,000 staff each year.",
			[]string{"", "each year"}},
		{"Libraries fund\n\nLeeds City Council has announced £4.5 million to train about 3,000 staff each year in 150 libraries.",
			[]string{"each year", ""}},
		{"Libraries fund\n\nEach year, Leeds City Council will spend £4.5 million on 150 libraries and about 3,000 staff.",
			[]string{"each year", "each year"}},
	})
}

// TestDraftMeasureLargeInWords checks that a count of millions or
// thousands in words is a measure, as it is a count in a quotation
// (eveningexpress-2016), while a smaller count in words is not: the
// drafter of measures tells recipients from measures by digits.
func TestDraftMeasureLargeInWords(t *testing.T) {
	checkMeasures(t, funding.Measure.String, []measuresCase{
		{"Pothole fund\n\nThe Government has announced £50 million for potholes.\n\nNearly one million potholes will be repaired over the next 12 months.",
			[]string{"nearly 1,000,000 potholes"}},
		{"Homes fund\n\nLeeds City Council has announced £4.5 million for housing.\n\nThe money will help to build two thousand homes by 2030.",
			[]string{"2,000 homes"}},
		{"Homes fund\n\nLeeds City Council has announced £4.5 million to build five homes.", nil},
	})
}
