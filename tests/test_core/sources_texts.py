"""Wire copy written for the several-source tests: two takes of one story, another story, and rewrites."""

TAKE_1 = """\
Harbour officials in Westport closed the container terminal on Thursday after a crane collapsed onto a cargo \
ship during loading.

Two dock workers were taken to hospital with minor injuries, according to the port authority.

The terminal handles roughly a quarter of the region's imports, and shipping agents warned of delays lasting \
into next week."""

TAKE_2 = """\
Harbour officials in Westport closed the container terminal on Thursday after a crane collapsed onto a cargo \
ship during loading.

Two dock workers were taken to hospital with minor injuries, according to the port authority.

Investigators from the national safety board arrived in the afternoon and began examining the crane's cables \
and the operator's log.

The terminal handles roughly a quarter of the region's imports, and shipping agents warned of delays lasting \
into next week.

A spokesman for the dockers' union said members had raised concerns about the ageing cranes in a letter sent \
last spring."""

OTHER_STORY = """\
The city library will stay open until midnight during the exam season, the council announced on Friday.

Students had collected more than four thousand signatures asking for longer hours at the main reading room.

Extra security staff will be hired for the late shifts, paid for from the culture budget."""

REWRITE_OF_TAKES = """\
A crane collapsed onto a cargo ship during loading in Westport on Thursday, and harbour officials closed the \
container terminal.

Two dock workers were taken to hospital with minor injuries, according to the port authority.

Investigators from the national safety board began examining the crane's cables and the operator's log.

A spokesman for the dockers' union said members had raised concerns about the ageing cranes in a letter sent \
last spring."""

REWRITE_OF_STORIES = """\
Harbour officials in Westport closed the container terminal on Thursday after a crane collapsed onto a cargo \
ship.

Two dock workers were taken to hospital with minor injuries, according to the port authority.

Across town, the city library will stay open until midnight during the exam season, the council announced.

Students had collected more than four thousand signatures asking for longer hours at the reading room."""

CORRECTION = """\
Three dock workers were taken to hospital with minor injuries, according to the port authority.

This version corrects the number of injured workers given in the first take."""

REWRITE_OF_CORRECTION = """\
A crane collapsed onto a cargo ship during loading in Westport on Thursday, and harbour officials closed the \
container terminal.

Three dock workers were taken to hospital with minor injuries, according to the port authority."""

REWRITE_OF_FIRST_TAKE = """\
A crane collapsed onto a cargo ship during loading in Westport on Thursday, and harbour officials closed the \
container terminal.

Two dock workers were taken to hospital with minor injuries, according to the port authority."""
