"""Ten undated pairs of an original news report and a shorter aggregator rewrite of it (written for these tests).

Each rewrite keeps most of the original's facts, condensed (two sentences often made one) and partly
paraphrased; some add an aggregator's packaging (a short intro, "Read more at ...", a newsletter plug), some a
credit naming the original's outlet or author, some neither. The original is always the source.

``PAIRS``: (name, original, rewrite), each text as a file's content (title line first; the paragraphs below are
wrapped to fit the lines, :func:`_unwrapped` joins them again).
"""

from __future__ import annotations


def _unwrapped(text: str) -> str:
    """The text with each paragraph's lines joined (paragraphs are parted by a blank line)."""
    return "\n\n".join(" ".join(paragraph.split("\n")) for paragraph in text.strip().split("\n\n")) + "\n"


_WRAPPED: tuple[tuple[str, str, str], ...] = (
    (
        "ferry",
        """Ferry service to Kelby Island suspended after engine fire

By Marta Quint, Harbour Gazette

The only ferry linking Kelby Island to the mainland was taken out of service on Tuesday after a fire broke out
in its engine room. Crew members put out the blaze within twenty minutes and none of the 84 passengers on board
was hurt.

The vessel, the Saint Brannoc, limped back to Portmere harbour under its own power. Coastguard officers met it
at the quay and checked every passenger before they left.

The operator, Islandlink, said a replacement boat would be chartered from a company in Wales. It warned that
crossings could be cut from six a day to three for at least two weeks.

Island councillor Dafydd Rees said residents were worried about deliveries of food and medicine. "We rely on
that boat for everything," he said. "Two weeks of half a timetable is a long time for an island."

Marine investigators are expected to board the ferry on Thursday to find the cause of the fire.
""",
        """Kelby Island ferry out of action after fire

Here is what you need to know this morning.

A fire in the engine room took Kelby Island's only ferry out of service on Tuesday, but the crew put it out
within twenty minutes and all 84 passengers were unhurt. The Saint Brannoc returned to Portmere harbour under
its own power.

Islandlink said it would charter a replacement from Wales, though crossings could fall from six a day to three
for at least two weeks. Councillor Dafydd Rees said islanders were worried about food and medicine deliveries.

Read more at the Harbour Gazette.

Sign up to our morning newsletter for the day's top stories.
""",
    ),
    (
        "library",
        """Library opening hours to be cut across Dunmore

By Colm Varley

Six of Dunmore's nine public libraries will open on only four days a week from next month, the city council
confirmed on Monday. The cuts are part of a plan to save 1.2 million pounds from the culture budget.

The central library on Abbey Street will keep its full hours, as will the branches in Carrow and Linfield. The
other six will close on Mondays, Wednesdays and Sundays.

Council leader Ruth Ahern said the decision had been painful. "Nobody went into public service to close
libraries," she said. "But we have to balance the books."

Campaigners from the Friends of Dunmore Libraries said they would hold a protest outside the city hall on
Saturday. Their petition against the cuts has gathered more than 7,000 signatures.

Staff will not lose their jobs, the council said, but some will be moved between branches.
""",
        """Dunmore libraries to open four days a week

Here is the story everyone in town is talking about today.

Six of Dunmore's nine libraries will open four days a week from next month, the council confirmed. It wants to
save 1.2 million pounds on culture.

The central library on Abbey Street keeps full hours, as do Carrow and Linfield. The other six close on Mondays,
Wednesdays and Sundays.

Council leader Ruth Ahern said it was painful. "Nobody went into public service to close libraries," she said.
"But we have to balance the books."

Campaigners will protest at city hall on Saturday. Their petition has 7,000 signatures.

No jobs will go, though some staff will move branch.

Follow us for more local news like this every day.
""",
    ),
    (
        "orchard",
        """Frost destroys much of the apple crop in the Tarn valley

By Ines Marchal, Valley Courier

A late frost last weekend destroyed up to 70 per cent of the apple blossom in the Tarn valley, growers said on
Wednesday. Temperatures fell to minus four degrees on Saturday night, just as the trees were in full flower.

Orchard owner Paul Besson said he had lost almost all of his early varieties. "I have been growing apples for
thirty years and I have never seen anything like it," he said.

The growers' cooperative estimated the damage at around 15 million euros. It has asked the regional government
to declare a natural disaster, which would open the way to emergency payments.

Some farmers lit fires and candles between the rows to keep the frost off, but most said it had made little
difference.
""",
        """Late frost wipes out Tarn valley apple blossom

According to the Valley Courier, a late frost destroyed up to 70 per cent of the apple blossom in the Tarn
valley last weekend, when temperatures fell to minus four degrees as the trees flowered.

Grower Paul Besson said he had never seen anything like it in thirty years. The cooperative puts the damage at
about 15 million euros and wants a natural disaster declared.

Share this story with your friends.
""",
    ),
    (
        "bridge",
        """Old Mill bridge to close for nine months of repairs

The Old Mill bridge over the river Wend will close to all traffic from 3 June for nine months of repairs, the
highways agency announced on Friday. Engineers found cracks in two of its stone arches during an inspection in
the spring.

About 11,000 vehicles cross the bridge every day. Drivers will be sent on a diversion through Hallam and Copse
End, which the agency said would add up to 15 minutes to journeys at busy times.

A temporary footbridge will be built beside the old one so that people on foot and on bicycles can still cross.
It should open two weeks after the main bridge closes.

Local businesses on Mill Street said the closure could cost them customers. Baker Sian Lloyd said her takings
had fallen by a third the last time the bridge was shut.

The repairs are expected to cost 4.5 million pounds.
""",
        """Old Mill bridge closing for nine months

The Old Mill bridge over the Wend shuts to traffic on 3 June for nine months after engineers found cracks in two
arches. The 11,000 drivers who use it daily face a diversion adding up to 15 minutes.

A temporary footbridge will open two weeks later. The work will cost 4.5 million pounds.
""",
    ),
    (
        "school",
        """Primary school roof collapses hours before pupils arrive

By Nadia Okafor, Northfield Echo

Part of the roof of Greenbank Primary School collapsed early on Thursday morning, about two hours before the
first pupils were due. No one was in the building at the time.

The caretaker, who arrived at half past six, found the ceiling of the main hall lying across the floor. He
called the fire service, which sealed off the building.

Head teacher Grace Millar said the school would stay closed until at least Monday while engineers checked the
rest of the building. Lessons for the 320 pupils will be held online in the meantime.

The county council said the roof had been inspected last year and no faults had been found. It has ordered
checks at four other schools built to the same design in the 1960s.
""",
        """Greenbank Primary roof caves in before school day

In case you missed it:

Part of Greenbank Primary School's roof fell in early on Thursday, two hours before pupils arrived, as the
Northfield Echo reported. The caretaker found the hall ceiling on the floor and called the fire service.

The school is closed until at least Monday and its 320 pupils will learn online. The council has ordered checks
at four similar schools from the 1960s.

Read the full story at the Northfield Echo.

Get our daily newsletter in your inbox.
""",
    ),
    (
        "marathon",
        """Record field expected for the Lowport marathon

More than 14,000 runners have signed up for Sunday's Lowport marathon, the most in the race's forty-year
history. Organisers said entries had risen by a quarter since last year.

The course has been changed to avoid roadworks on the seafront. Runners will now start in Victoria Park and
finish outside the town hall, passing the harbour twice.

Last year's winner, Tomas Brennan, will defend his title. He finished in two hours and eleven minutes, a course
record.

Roads in the town centre will be closed from six in the morning until four in the afternoon. Extra trains will
run from the city, and the council has asked people to leave their cars at home.

The race raises money for local charities, which received 900,000 pounds from last year's event.
""",
        """Lowport marathon expects record 14,000 runners

Over 14,000 runners have entered Sunday's Lowport marathon, a record in forty years. Entries are up by a
quarter.

Seafront roadworks have moved the course. It starts in Victoria Park and ends at the town hall, passing the
harbour twice.

Tomas Brennan defends his title. His two hours and eleven minutes last year was a course record.

Town centre roads close from six until four. Extra trains will run and drivers are asked to stay away.

Last year the race raised 900,000 pounds for local charities, the Lowport Standard reported.

Our sports desk will bring you the results on Sunday evening.
""",
    ),
    (
        "museum",
        """Stolen painting returned to Hessel museum after twenty years

A painting stolen from the Hessel town museum in 2005 has been returned, police said on Tuesday. The small oil
portrait of a fisherman's wife was found during a search of a house in another part of the country.

Museum director Anke Vos said staff had given up hope of ever seeing it again. "It is like a member of the
family coming home," she said.

Detectives said the painting was in good condition, although its frame was missing. A man in his sixties has
been questioned and released while inquiries continue.

The portrait will go back on display next month, in a new room with better security.
""",
        """Painting stolen in 2005 returned to Hessel museum

As first reported by the Hessel Weekly, a portrait stolen from the Hessel town museum in 2005 has been found in
a house elsewhere in the country and returned.

Director Anke Vos said it was like a member of the family coming home. A man in his sixties was questioned and
released.

The painting, missing only its frame, goes back on display next month.
""",
    ),
    (
        "water",
        """Hosepipe ban announced for the Eastmoor region

Eastmoor Water will bring in a hosepipe ban from Friday after the driest spring in the region for fifty years.
The ban covers about 1.8 million customers.

The company said its reservoirs were at 54 per cent of capacity, compared with 80 per cent at this time last
year. Rainfall since March has been less than half the usual amount.

Under the ban, customers may not use hosepipes to water gardens, wash cars or fill paddling pools. People who
break the rules can be fined up to 1,000 pounds.

Environmental groups said the company had failed to fix leaks. Figures published last year showed that it lost
about a fifth of its water through leaking pipes.

A spokesman for Eastmoor Water said the company was spending more than ever on repairs.
""",
        """Eastmoor hosepipe ban starts Friday

We picked this one out for our readers in the region.

Eastmoor Water brings in a hosepipe ban from Friday after the driest spring in fifty years. It covers 1.8
million customers.

Reservoirs are at 54 per cent, against 80 per cent a year ago. Rain since March is under half the usual.

No hosepipes for gardens, cars or paddling pools. Fines go up to 1,000 pounds.

Green groups blame leaks. The firm loses a fifth of its water through leaking pipes.

The company says it is spending more than ever on repairs.

Tell us what you think in the comments below.
""",
    ),
    (
        "election",
        """Mayor of Brackwater re-elected by 212 votes

By Owen Hale, Brackwater Times

Brackwater's mayor, Lena Fairweather, won a second term on Sunday by just 212 votes after a recount that lasted
most of the night. She took 50.3 per cent of the vote against 49.7 per cent for her challenger, Simon Cole.

Turnout was 61 per cent, up from 48 per cent four years ago. Officials said queues had formed outside several
polling stations in the morning.

In her victory speech, Ms Fairweather promised to build 600 new homes and to reopen the town's swimming pool. Mr
Cole said he would not challenge the result but urged her to listen to the half of the town that had voted
against her.

The new council will meet for the first time on 12 May.
""",
        """Brackwater mayor wins second term by 212 votes

The Brackwater Times reported that mayor Lena Fairweather was re-elected on Sunday by 212 votes after an
overnight recount, beating Simon Cole by 50.3 to 49.7 per cent on a turnout of 61 per cent.

She promised 600 new homes and a reopened swimming pool; Mr Cole accepted the result.

Want more stories like this? Subscribe to our newsletter.

This article was curated by our news team.
""",
    ),
    (
        "wildfire",
        """Wildfire forces evacuation of three villages near Serrano

Firefighters were battling a wildfire on Monday that forced about 2,000 people to leave three villages in the
hills above Serrano. The fire started on Sunday afternoon and has burned more than 3,000 hectares of pine
forest.

Strong winds pushed the flames towards the villages of Alba, Corvo and Pinel overnight. Residents were taken to
a sports hall in Serrano, where the Red Cross handed out food and blankets.

Four aircraft and more than 300 firefighters were at work on the blaze, the regional emergency service said. One
firefighter was taken to hospital with burns to his arms.

Police have opened an inquiry into the cause. A spokesman said it was too early to say whether the fire had been
started on purpose.
""",
        """Serrano wildfire: three villages evacuated

This is a developing story and our team is following it closely for you.

A wildfire forced about 2,000 people out of three villages above Serrano on Monday. It began on Sunday and has
burned 3,000 hectares of pine.

Winds drove it towards Alba, Corvo and Pinel overnight. Residents went to a sports hall in Serrano, where the
Red Cross gave out food and blankets.

Four aircraft and 300 firefighters are at work, the emergency service said. One firefighter has burns to his
arms.

Police are looking into the cause. It is too early to say if it was started on purpose.

Stay with us for updates throughout the day.
""",
    ),
)
PAIRS: tuple[tuple[str, str, str], ...] = tuple((name, _unwrapped(a), _unwrapped(b)) for name, a, b in _WRAPPED)
