package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// checkClaims drafts text and fails the test unless its claims, each as
// "speaker | quote", are want.
func checkClaims(t *testing.T, name, text string, want []string) {
	t.Helper()
	checkClaimsAs(t, name, text, claimLine, want)
}

// checkClaimsAs is checkClaims with each claim viewed as of gives it, for
// the tests that compare one part of a claim, such as its speaker.
func checkClaimsAs(t *testing.T, name, text string, of func(Claim) string, want []string) {
	t.Helper()
	d, err := DraftRecord(text)
	if err != nil {
		t.Fatalf("%s: DraftRecord: %v", name, err)
	}
	checkDraft(t, text, d)
	diffClaims(t, name+": DraftRecord", text, d, of, want)
}

// checkReleaseClaims is checkClaims for a release whose publisher the
// caller knows, as the tests of a release's own lines draft it: what the
// release states in its own voice is the publisher's claim.
func checkReleaseClaims(t *testing.T, name, text, publisher string, want []string) {
	t.Helper()
	diffClaims(t, name+": DraftRecordFrom", text, draftRelease(t, text, publisher), claimLine, want)
}

// draftRelease drafts text as a release of publisher (DraftRecordFrom)
// and checks the draft (checkDraft).
func draftRelease(t *testing.T, text, publisher string) Draft {
	t.Helper()
	d, err := DraftRecordFrom(text, funding.Source{Publisher: publisher})
	if err != nil {
		t.Fatalf("DraftRecordFrom(%q): %v", text, err)
	}
	checkDraft(t, text, d)
	return d
}

// diffClaims fails the test unless the claims of d, drafted from text by
// call, are want, each as of gives it.
func diffClaims(t *testing.T, call, text string, d Draft, of func(Claim) string, want []string) {
	t.Helper()
	var got []string
	for _, c := range d.Record.Claims {
		got = append(got, of(c))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s(%q) claims (-want +got):\n%s", call, text, diff)
	}
}

// claimLine views a claim as "speaker | quote", the speaker by name or,
// failing one, organisation (Who).
func claimLine(c Claim) string { return c.Speaker.Who() + " | " + c.Quote }
