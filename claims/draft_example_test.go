package claims_test

import (
	"fmt"
	"time"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
)

func ExampleDraftRecord() {
	article := `Council announces £1.2m for parks

Created on 3 March 2025

The leader of the council, Jane Smith, has today announced an investment of £1.2m to improve parks across the city.

The council is providing £700,000 for the five largest parks and £500,000 for play areas.`

	d, err := claims.DraftRecord(article)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := d.Record.Packages[0]
	fmt.Println(p.Headline, "announced", p.Announced, "by", p.AnnouncedBy)
	for _, a := range p.Allocations {
		shares, _ := a.Shares()
		fmt.Println(a.Amount, "for", a.Title, shares)
	}
	c := d.Record.Claims[0]
	fmt.Printf("%s: %s\n", c.Speaker.Name, c.Assertions[0].(claims.StatedAmount).Figure)
	for _, f := range d.Fields[:2] {
		fmt.Printf("%s %s %q\n", f.Path, f.Confidence, article[f.Span.Start:f.Span.End])
	}
	// Output:
	// £1.2m announced 2025-03-03 by Jane Smith, leader of the council
	// £700,000.00 for largest parks [£140,000.00 £140,000.00 £140,000.00 £140,000.00 £140,000.00]
	// £500,000.00 for play areas [£500,000.00]
	// Jane Smith: £1.2m
	// packages[0].headline explicit "£1.2m"
	// packages[0].id guessed "Council announces £1.2m for parks"
}

func ExampleDraftRecordFrom() {
	// A release that never names the body issuing it: only the page's
	// address says that it is the Welsh Government's.
	article := `£20m for the NHS this winter

Funding of £16m will be allocated to Local Health Boards to ease pressure on hospitals this winter.

Health Secretary Vaughan Gething said:

“This money will help our hospitals through the busiest months of the year.”`

	d, err := claims.DraftRecordFrom(article, funding.Source{
		URL:       "https://www.gov.wales/winter-money",
		Publisher: "Welsh Government",
		Published: funding.MustDate(2018, time.October, 9),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Record.Packages[0].Sources[0])
	for _, c := range d.Record.Claims {
		fmt.Printf("%s, %s: %q\n", c.Speaker, c.When, c.Quote)
	}
	// Output:
	// £20m for the NHS this winter, Welsh Government, 2018-10-09, https://www.gov.wales/winter-money
	// Welsh Government, 2018-10-09: "Funding of £16m will be allocated to Local Health Boards to ease pressure on hospitals this winter."
	// Vaughan Gething, Health Secretary, 2018-10-09: "This money will help our hospitals through the busiest months of the year."
}
