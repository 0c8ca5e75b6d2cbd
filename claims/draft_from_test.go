package claims

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDraftRecordFrom checks what the caller's source changes in a draft:
// the publisher speaks a press release's own sentences, which no announcer
// the release names speaks, and no sentence of a news report; the packages
// and claims cite the source, with the title and date the article prints
// where the source gives none, and no source, with a note, where neither
// gives a title or a URL; the source's date dates the claims of an
// article that prints none; and nothing the source gives has a Field.
func TestDraftRecordFrom(t *testing.T) {
	const (
		url = "https://www.gov.wales/winter-money"
		// A release that never names the body issuing it, announcing in
		// the passive and setting its quotation after "X said:".
		release = "£20m for the NHS this winter\n\n" +
			"Funding of £16m will be allocated to Local Health Boards to ease pressure on hospitals this winter.\n\n" +
			"Health Secretary Vaughan Gething said:\n\n" +
			"“This money will help our hospitals through the busiest months of the year.”\n"
		// A news report: its own sentences are no one's claims.
		report = "Council gets £2m for roads\n\n" +
			"The county council has been given £2m to mend potholes this winter.\n\n" +
			"Opposition leader Jane Smith said: “£2m will not fill the holes we already have.”\n"
	)
	published := funding.MustDate(2018, time.October, 9)
	welsh := funding.Source{URL: url, Publisher: "Welsh Government"}
	tests := []struct {
		name     string
		article  string
		src      funding.Source
		speakers []funding.Person
		cited    funding.Source
		when     funding.Date
		fields   []string // Fields that must not be drafted
	}{
		{
			name:     "release, no source",
			article:  release,
			speakers: []funding.Person{{Org: unknownSpeaker}, {Name: "Vaughan Gething", Role: "Health Secretary"}},
			cited:    funding.Source{Title: "£20m for the NHS this winter"},
		},
		{
			name:     "release, publisher given",
			article:  release,
			src:      welsh,
			speakers: []funding.Person{{Org: "Welsh Government"}, {Name: "Vaughan Gething", Role: "Health Secretary"}},
			cited:    funding.Source{Title: "£20m for the NHS this winter", URL: url, Publisher: "Welsh Government"},
		},
		{
			name:     "release, title and date given",
			article:  release,
			src:      funding.Source{URL: url, Publisher: "Welsh Government", Title: "£20million to support Welsh NHS", Published: published},
			speakers: []funding.Person{{Org: "Welsh Government"}, {Name: "Vaughan Gething", Role: "Health Secretary"}},
			cited:    funding.Source{Title: "£20million to support Welsh NHS", URL: url, Publisher: "Welsh Government", Published: published},
			when:     published,
			fields:   []string{"packages[0].title", "packages[0].sources[0].title", "packages[0].sources[0].published", "claims[0].source", "claims[0].when"},
		},
		{
			// A source with neither a title nor a URL is no citation: the
			// record cites none rather than an invalid one, and says so.
			name:     "release with no title line, only the publisher given",
			article:  "Funding of £16m will be allocated to Local Health Boards to ease pressure on hospitals this winter.\n",
			src:      funding.Source{Publisher: "Welsh Government"},
			speakers: []funding.Person{{Org: "Welsh Government"}},
		},
		{
			name:     "news report, publisher given",
			article:  report,
			src:      funding.Source{URL: "https://news.example.com/roads", Publisher: "Example News"},
			speakers: []funding.Person{{Name: "Jane Smith", Role: "Opposition leader"}},
			cited:    funding.Source{Title: "Council gets £2m for roads", URL: "https://news.example.com/roads", Publisher: "Example News"},
		},
	}
	for _, tt := range tests {
		d, err := DraftRecordFrom(tt.article, tt.src)
		if err != nil {
			t.Errorf("%s: DraftRecordFrom(%q, %+v): %v", tt.name, tt.article, tt.src, err)
			continue
		}
		var speakers []funding.Person
		for _, c := range d.Record.Claims {
			speakers = append(speakers, c.Speaker)
			if c.Source != tt.cited {
				t.Errorf("%s: claim %q cites %+v, want %+v", tt.name, c.ID, c.Source, tt.cited)
			}
			if c.When != tt.when {
				t.Errorf("%s: claim %q said %v, want %v", tt.name, c.ID, c.When, tt.when)
			}
		}
		if diff := cmp.Diff(tt.speakers, speakers); diff != "" {
			t.Errorf("%s: speakers of DraftRecordFrom(%q, %+v) (-want +got):\n%s", tt.name, tt.article, tt.src, diff)
		}
		if len(d.Record.Packages) == 0 {
			t.Errorf("%s: DraftRecordFrom(%q, %+v) drafted no package", tt.name, tt.article, tt.src)
			continue
		}
		checkDraft(t, tt.article, d)
		var cited []funding.Source
		if tt.cited != (funding.Source{}) {
			cited = []funding.Source{tt.cited}
		}
		if diff := cmp.Diff(cited, d.Record.Packages[0].Sources); diff != "" {
			t.Errorf("%s: sources of packages[0] (-want +got):\n%s", tt.name, diff)
		}
		citesNone := false
		for _, n := range d.Notes {
			citesNone = citesNone || strings.Contains(n.Text, "cites no source")
		}
		if want := cited == nil && tt.src != (funding.Source{}); citesNone != want {
			t.Errorf("%s: a note says the record cites no source: %v, want %v", tt.name, citesNone, want)
		}
		for _, f := range d.Fields {
			for _, path := range tt.fields {
				if f.Path == path {
					t.Errorf("%s: DraftRecordFrom drafted a Field for %s, which the source gives: %+v", tt.name, path, f)
				}
			}
		}
		setSpeaker := false
		for _, n := range d.Notes {
			setSpeaker = setSpeaker || strings.Contains(n.Text, "set the speaker")
		}
		if want := tt.src.Publisher == "" && strings.HasPrefix(tt.article, "£20m"); setSpeaker != want {
			t.Errorf("%s: a note asks to set the speaker: %v, want %v", tt.name, setSpeaker, want)
		}
	}
}

// TestDraftRecordFromBadInput checks that DraftRecordFrom refuses what
// DraftRecord refuses, naming itself.
func TestDraftRecordFromBadInput(t *testing.T) {
	_, err := DraftRecordFrom("£2m\x00", funding.Source{Publisher: "Welsh Government"})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Func != "DraftRecordFrom" || !errors.Is(err, ErrSyntax) {
		t.Errorf("DraftRecordFrom(%q) = %v, want a *ParseError from DraftRecordFrom matching ErrSyntax", "£2m\x00", err)
	}
}
