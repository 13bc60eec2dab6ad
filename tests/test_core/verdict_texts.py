"""Short news texts written for the verdict tests: one source, rewrites of it, and independent reports."""

SOURCE = """\
The River Alder burst its banks at Millbrook early on Tuesday, flooding about 300 homes and forcing the \
closure of the town's only bridge.

Fire crews used boats to reach families trapped on upper floors, and the county council opened the sports hall \
on Station Road as a shelter for the night.

Maria Okafor, who runs the bakery on the high street, said the water had risen faster than anyone expected. \
"We had twenty minutes to move everything upstairs," she said.

The Environment Agency said the river had peaked at 4.2 metres, the highest level since records began in 1968.

Engineers will inspect the bridge on Wednesday before deciding whether it can reopen to traffic.

Residents were told to boil their tap water until further notice after the treatment works lost power."""

WHOLLY = """\
The River Alder burst its banks at Millbrook on Tuesday morning, flooding some 300 homes and forcing the \
closure of the town's only bridge.

Fire crews used boats to reach families trapped on upper floors. The county council opened the sports hall on \
Station Road as a shelter for the night.

Maria Okafor, who runs the bakery on the high street, said the water had risen faster than anyone expected.

The Environment Agency said the river had peaked at 4.2 metres, the highest level since records began in 1968.

Engineers will inspect the bridge on Wednesday before deciding whether it can reopen to traffic."""

NEW_MATERIAL = """\
Insurers said claims from the valley could take months to settle, and several shopkeepers complained that \
their premiums had tripled after a smaller flood two winters ago.

A local historian pointed out that the medieval centre was built on higher ground for exactly this reason, and \
that most of the damaged houses stand on former water meadows.

Campaigners have long asked for a flood wall along the northern bank, a scheme the regional budget has \
postponed three times.

Volunteers from neighbouring villages brought sandbags, blankets and hot soup to the shelter throughout the \
evening."""

PARTIAL = WHOLLY.rsplit("\n\n", 2)[0] + "\n\n" + NEW_MATERIAL

INDEPENDENT = """\
Hundreds of households in Millbrook spent Tuesday night away from home as the Alder rose to 4.2 metres.

Rescuers in dinghies pulled residents from bedroom windows while water poured across Station Road.

Baker Maria Okafor described a frantic rush to carry flour sacks and ovens to safety before her shop filled.

It is the worst flooding the valley has seen in over half a century, according to figures going back to 1968.

The bridge stays shut while its structure is assessed, leaving drivers with a detour of nearly 20 miles.

Households have been advised that drinking water from the mains is unsafe without boiling it first."""
