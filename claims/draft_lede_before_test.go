package claims

import "testing"

// TestDraftLedeBefore checks that the lede of a body's release about money
// it has obtained, straight before the sentence stating it, is the body's
// claim too when it speaks of the money by a funding noun ("… thanks to
// investment in diagnostics … announced today"), and no claim when it
// names no money so.
func TestDraftLedeBefore(t *testing.T) {
	const rest = "Northshire Health Foundation Trust (NHFT) has secured a share of a £20m national fund to open new clinics.\n\n" +
		"The funding will enable us to open two clinics in Penford.\n\n" +
		"Jane Doe, Chief Executive, said “This is welcome news for patients.”\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a lede speaking of the funding",
			"New clinics\n\nPatients in Penford will be seen sooner thanks to funding for clinics announced today.\n\n" + rest,
			[]string{
				"Northshire Health Foundation Trust | Patients in Penford will be seen sooner thanks to funding for clinics announced today.",
				"Northshire Health Foundation Trust | Northshire Health Foundation Trust (NHFT) has secured a share of a £20m national fund to open new clinics.",
				"Jane Doe | This is welcome news for patients.",
			}},
		{"a lede naming no money",
			"New clinics\n\nPatients in Penford will be seen sooner from next spring.\n\n" + rest,
			[]string{
				"Northshire Health Foundation Trust | Northshire Health Foundation Trust (NHFT) has secured a share of a £20m national fund to open new clinics.",
				"Jane Doe | This is welcome news for patients.",
			}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
