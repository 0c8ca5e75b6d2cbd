package claims

import "testing"

// TestDraftMeasureWhose checks which counts are drafted as the package's
// measures: an announcer's in quote marks are, but not a named critic's,
// nor one beside only another item's or another package's money, either
// of which would have the record confirm a claim from its own words or
// another item's.
func TestDraftMeasureWhose(t *testing.T) {
	checkMeasures(t, measureNoun, []measuresCase{
		{"Libraries fund\n\nCulture Minister Jane Hutt has announced £4.5 million for 150 libraries.\n\n" +
			"Jane Hutt said: \"It will reach 20,000 readers.\"",
			[]string{"libraries", "readers"}},
		{"Libraries fund\n\nCulture Minister Jane Hutt has announced £4.5 million for 150 libraries.\n\n" +
			"Councillor Tom Price said: \"It will reach barely 2,000 readers.\"",
			[]string{"libraries"}},
		{"Libraries fund\n\nThe Welsh Government has announced £4.5 million for libraries.\n\n" +
			"Jane Hutt said: \"Our reading scheme, which over the last three years has distributed over £12 million, supported 61 projects.\"",
			nil},
		{"Libraries fund\n\nThe Welsh Government has announced £4.5 million for libraries.\n\n" +
			"Jane Hutt said: \"This £4.5 million will support 61 projects.\"",
			[]string{"projects"}},
		{"Libraries fund\n\nThe Welsh Government has announced £4.5 million for libraries.\n\n" +
			"Councillor Tom Price said: \"This award while welcome when it is split across 49 libraries will have little impact.\"",
			nil},
		{"Libraries fund\n\nThe Welsh Government has announced £4.5 million for 150 libraries.\n\n" +
			"Last year the minister also confirmed 20 museums will receive a share of £850,000 to upgrade their displays.",
			[]string{"libraries"}},
	})
}
