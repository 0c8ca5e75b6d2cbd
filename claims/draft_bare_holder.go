package claims

import "github.com/fundclaims/fundclaims/funding"

// bareHolder returns the holder of the post role, the announcer the
// announcing sentence names by the post alone ("Hertfordshire’s Police
// and Crime Commissioner is putting £150k …"), when no quotation's speaker
// holds it by name (see holder) but the article quotes one person only,
// named with no post or body of their own ("David Lloyd said: …"): a
// release quotes its principal by name alone, having named the post. The
// person is the quoted name with the post as the role. It returns false
// if the article quotes no one by name, more than one person, or one
// with a post of their own.
func (d *drafter) bareHolder(role string) (funding.Person, bool) {
	var found funding.Person
	for _, q := range d.qs {
		p := q.claim.Speaker
		if p.Name == "" {
			continue
		}
		if p.Role != "" || p.Org != "" || found.Name != "" && found.Name != p.Name {
			return funding.Person{}, false
		}
		found = p
	}
	if found.Name == "" {
		return funding.Person{}, false
	}
	return funding.Person{Name: found.Name, Role: role}, true
}
