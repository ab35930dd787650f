"""Write seeds/actors.csv and seeds/agents.csv from the curated tables below.

These are hand-curated (CAMEO codes follow the CAMEO 1.1b3 actor codebook and, where they
exist, the Phoenix/PETRARCH-2 dictionaries in ../shared/data/phoenix-dictionaries, MIT);
names, aliases and home countries are public facts. One row per alias.
"""

from __future__ import annotations

from pathlib import Path

from seeds_common import write_csv

ACTOR_COLUMNS = ("alias", "actor_id", "name", "cameo_code", "iso3", "sector", "kind",
                 "start_date", "end_date", "case")
AGENT_COLUMNS = ("phrase", "sector", "notes")

# actor_id, name, cameo_code, iso3, sector, kind, aliases ("|"-separated); optional dates
ACTORS = [
    # --- United Nations and its bodies
    ("un", "United Nations", "IGOUNO", "", "", "igo", "United Nations|UN|U.N.|the UN|the United Nations"),
    ("unsc", "UN Security Council", "IGOUNO", "", "GOV", "igo", "UN Security Council|U.N. Security Council|United Nations Security Council|Security Council|UNSC"),
    ("unga", "UN General Assembly", "IGOUNO", "", "LEG", "igo", "UN General Assembly|U.N. General Assembly|United Nations General Assembly|General Assembly"),
    ("unhcr", "UN refugee agency (UNHCR)", "IGOUNOREF", "", "REF", "igo", "UNHCR|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees|UN High Commissioner for Refugees|U.N. High Commissioner for Refugees"),
    ("unicef", "UNICEF", "IGOUNOKID", "", "", "igo", "UNICEF|United Nations Children's Fund|UN Children's Fund"),
    ("wfp", "World Food Programme", "IGOUNOWFP", "", "", "igo", "World Food Programme|World Food Program|WFP"),
    ("who", "World Health Organization", "IGOUNOHLHWHO", "", "HLH", "igo", "World Health Organization|World Health Organisation|WHO"),
    ("iaea", "International Atomic Energy Agency", "IGOUNOIAE", "", "", "igo", "International Atomic Energy Agency|IAEA|UN nuclear watchdog|U.N. nuclear watchdog"),
    ("icj", "International Court of Justice", "IGOUNOJUDICJ", "", "JUD", "igo", "International Court of Justice|ICJ|World Court"),
    ("unhrc", "UN Human Rights Council", "IGOUNOHRI", "", "HRI", "igo", "UN Human Rights Council|United Nations Human Rights Council|Human Rights Council|UN human rights office|OHCHR"),
    ("unrwa", "UNRWA", "IGOUNOREF", "", "REF", "igo", "UNRWA|UN agency for Palestinian refugees"),
    ("ocha", "UN humanitarian office (OCHA)", "IGOUNO", "", "", "igo", "OCHA|UN humanitarian office|UN Office for the Coordination of Humanitarian Affairs"),
    ("undp", "UN Development Programme", "IGOUNODEV", "", "DEV", "igo", "UNDP|UN Development Programme|United Nations Development Programme"),
    ("unesco", "UNESCO", "IGOUNOEDU", "", "EDU", "igo", "UNESCO"),
    ("ilo", "International Labour Organization", "IGOUNOLABILO", "", "LAB", "igo", "International Labour Organization|International Labor Organization|ILO"),
    ("unifil", "UNIFIL", "IGOUNO", "", "MIL", "igo", "UNIFIL|UN Interim Force in Lebanon"),
    ("imf", "International Monetary Fund", "IGOUNODEVIMF", "", "BUS", "igo", "International Monetary Fund|IMF"),
    ("worldbank", "World Bank", "IGOUNODEVWBK", "", "BUS", "igo", "World Bank"),
    ("adb", "Asian Development Bank", "IGOASADEV", "", "DEV", "igo", "Asian Development Bank|ADB"),
    ("afdb", "African Development Bank", "IGOAFRDEV", "", "DEV", "igo", "African Development Bank|AfDB"),
    ("idb", "Inter-American Development Bank", "IGOLAMDEV", "", "DEV", "igo", "Inter-American Development Bank|IDB"),
    ("aiib", "Asian Infrastructure Investment Bank", "IGOASADEV", "", "DEV", "igo", "Asian Infrastructure Investment Bank|AIIB"),
    ("ebrd", "European Bank for Reconstruction and Development", "IGOEURDEV", "", "DEV", "igo", "European Bank for Reconstruction and Development|EBRD"),
    ("wto", "World Trade Organization", "IGOBUSWTO", "", "BUS", "igo", "World Trade Organization|World Trade Organisation|WTO"),
    # --- regional and other intergovernmental organisations
    ("nato", "NATO", "IGOWSTNAT", "", "MIL", "igo", "NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|the Alliance|Atlantic alliance"),
    ("eu", "European Union", "IGOEUREEC", "", "", "igo", "European Union|EU|E.U.|the EU|Brussels|European Commission|EU Commission|European Council|Council of the European Union|European Community|European Economic Community|EEC"),
    ("europarl", "European Parliament", "IGOEUREEC", "", "LEG", "igo", "European Parliament|MEPs"),
    ("ecb", "European Central Bank", "IGOEUREEC", "", "BUS", "igo", "European Central Bank|ECB"),
    ("osce", "OSCE", "IGOEUROSC", "", "", "igo", "OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe"),
    ("coe", "Council of Europe", "IGOEUR", "", "", "igo", "Council of Europe"),
    ("au", "African Union", "IGOAFRAFU", "", "", "igo", "African Union|AU|A.U."),
    ("ecowas", "ECOWAS", "IGOWAFWAS", "", "", "igo", "ECOWAS|Economic Community of West African States"),
    ("sadc", "SADC", "IGOSAFSAD", "", "", "igo", "SADC|Southern African Development Community"),
    ("igad", "IGAD", "IGOEAFIGD", "", "", "igo", "IGAD|Intergovernmental Authority on Development"),
    ("asean", "ASEAN", "IGOSEAASN", "", "", "igo", "ASEAN|Association of Southeast Asian Nations|Association of South East Asian Nations"),
    ("apec", "APEC", "IGOASABUS", "", "BUS", "igo", "APEC|Asia-Pacific Economic Cooperation"),
    ("sco", "Shanghai Cooperation Organisation", "IGOCAS", "", "", "igo", "Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO"),
    ("opec", "OPEC", "IGOBUSOPC", "", "BUS", "igo", "OPEC|Organization of the Petroleum Exporting Countries|OPEC+|OPEC Plus"),
    ("arableague", "Arab League", "IGOMEAARL", "", "", "igo", "Arab League|League of Arab States"),
    ("gcc", "Gulf Cooperation Council", "IGOPGSGCC", "", "", "igo", "Gulf Cooperation Council|GCC"),
    ("oic", "Organisation of Islamic Cooperation", "IGOMOSOIC", "", "", "igo", "Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC"),
    ("oas", "Organization of American States", "IGOOAS", "", "", "igo", "Organization of American States|OAS"),
    ("mercosur", "Mercosur", "IGOSAMBUS", "", "BUS", "igo", "Mercosur"),
    ("g7", "Group of Seven", "IGOGOS", "", "", "igo", "G7|G-7|Group of Seven"),
    ("g20", "Group of 20", "IGOGTW", "", "", "igo", "G20|G-20|Group of 20|Group of Twenty"),
    ("brics", "BRICS", "IGOBRC", "", "", "igo", "BRICS"),
    ("quad", "Quad (Australia, India, Japan, US)", "IGOASA", "", "", "igo", "Quad|Quadrilateral Security Dialogue"),
    ("aukus", "AUKUS", "IGOWST", "", "MIL", "igo", "AUKUS"),
    ("icc", "International Criminal Court", "IGOJUDICC", "", "JUD", "igo", "International Criminal Court|ICC"),
    ("interpol", "Interpol", "IGOCOPITP", "", "COP", "igo", "Interpol|INTERPOL"),
    ("cis", "Commonwealth of Independent States", "IGOEUR", "", "", "igo", "Commonwealth of Independent States|CIS"),
    ("csto", "Collective Security Treaty Organization", "IGOEUR", "", "MIL", "igo", "Collective Security Treaty Organization|CSTO"),
    ("oau", "Organization of African Unity", "IGOAFROAU", "", "", "igo", "Organization of African Unity|Organisation of African Unity|OAU", "", "2002-07-09"),
    ("warsaw_pact", "Warsaw Pact", "IGOEEUWAR", "", "MIL", "igo", "Warsaw Pact|Warsaw Treaty Organization", "", "1991-07-01"),
    ("nam", "Non-Aligned Movement", "IGONON", "", "", "igo", "Non-Aligned Movement|Nonaligned Movement|NAM"),
    ("commonwealth", "Commonwealth of Nations", "IGOCWN", "", "", "igo", "Commonwealth of Nations|Commonwealth Secretariat|the Commonwealth"),
    ("eac", "East African Community", "IGOEAF", "", "", "igo", "East African Community|EAC"),
    ("oecd", "OECD", "IGOWSTBUS", "", "BUS", "igo", "Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|OECD"),
    ("iea", "International Energy Agency", "IGOBUS", "", "BUS", "igo", "International Energy Agency|IEA"),
    ("opcw", "OPCW", "IGOOPCW", "", "", "igo", "Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons|OPCW"),
    ("ipu", "Inter-Parliamentary Union", "IGOLEGIPU", "", "LEG", "igo", "Inter-Parliamentary Union|Inter Parliamentary Union|IPU"),
    ("echr", "European Court of Human Rights", "IGOEURJUD", "", "JUD", "igo", "European Court of Human Rights|ECHR"),
    ("ecj", "European Court of Justice", "IGOEUREEC", "", "JUD", "igo", "European Court of Justice|Court of Justice of the European Union"),
    ("paris_club", "Paris Club", "IGOBUS", "", "BUS", "igo", "Paris Club"),
    # UN courts, commissions, agencies and missions
    ("icty", "International Criminal Tribunal for the former Yugoslavia", "IGOUNOJUD", "", "JUD", "igo", "International Criminal Tribunal for the former Yugoslavia|International Criminal Tribunal for the Former Yugoslavia|ICTY|International War Crimes Tribunal|UN war crimes tribunal|U.N. war crimes tribunal|United Nations war crimes tribunal|Hague tribunal|Yugoslav war crimes tribunal"),
    ("ictr", "International Criminal Tribunal for Rwanda", "IGOUNOJUD", "", "JUD", "igo", "International Criminal Tribunal for Rwanda|ICTR|Rwanda war crimes tribunal|Rwanda tribunal"),
    ("unchr", "UN Commission on Human Rights", "IGOUNOHRI", "", "HRI", "igo", "UN Commission on Human Rights|United Nations Commission on Human Rights|UN Human Rights Commission|U.N. Human Rights Commission|UN High Commissioner for Human Rights|United Nations High Commissioner for Human Rights|U.N. human rights chief|UN human rights chief"),
    ("fao", "Food and Agriculture Organization", "IGOUNOAGR", "", "AGR", "igo", "Food and Agriculture Organization|Food and Agriculture Organisation|FAO"),
    ("unep", "UN Environment Programme", "IGOUNOENV", "", "ENV", "igo", "UN Environment Programme|United Nations Environment Programme|UNEP"),
    ("unaids", "UNAIDS", "IGOUNOHLH", "", "HLH", "igo", "UNAIDS"),
    ("unfpa", "UN Population Fund", "IGOUNO", "", "", "igo", "UNFPA|UN Population Fund|United Nations Population Fund"),
    ("unmissions", "UN peacekeeping missions", "IGOUNO", "", "MIL", "igo", "UNPROFOR|MONUC|MONUSCO|UNAMID|UNMIS|UNMISS|UNMIK|UNAMA|UNAMI|MINUSMA|MINUSCA|MINUSTAH|UNMIL|UNAMSIL|UNTAC|UNTAET|UNOSOM|UNFICYP|UNDOF|MONUA|UN peacekeeping force|United Nations peacekeeping force|blue helmets"),
    ("nato_missions", "NATO-led missions", "IGOWSTNAT", "", "MIL", "igo", "KFOR|SFOR|IFOR|ISAF|Resolute Support"),
    ("amisom", "African Union missions", "IGOAFRAFU", "", "MIL", "igo", "AMISOM|ATMIS|AMIS|African Union peacekeepers|AU peacekeepers"),
    ("ecomog", "ECOMOG", "IGOWAFWAS", "", "MIL", "igo", "ECOMOG|ECOWAS Monitoring Group|ECOWAS peacekeepers"),
    # --- international NGOs
    ("icrc", "International Committee of the Red Cross", "NGOHLHIRC", "", "NGO", "ngo", "International Committee of the Red Cross|ICRC|Red Cross|Red Crescent|International Federation of Red Cross and Red Crescent Societies|IFRC"),
    ("msf", "Doctors Without Borders (MSF)", "NGOHLHMSF", "", "NGO", "ngo", "Doctors Without Borders|Medecins Sans Frontieres|Médecins Sans Frontières|MSF"),
    ("amnesty", "Amnesty International", "NGOHRIAMN", "", "NGO", "ngo", "Amnesty International|Amnesty"),
    ("hrw", "Human Rights Watch", "NGOHRI", "", "NGO", "ngo", "Human Rights Watch|HRW"),
    ("greenpeace", "Greenpeace", "NGOENV", "", "NGO", "ngo", "Greenpeace"),
    ("oxfam", "Oxfam", "NGODEV", "", "NGO", "ngo", "Oxfam"),
    ("sohr", "Syrian Observatory for Human Rights", "SYRNGO", "SYR", "NGO", "ngo", "Syrian Observatory for Human Rights|Syrian Observatory|SOHR"),
    ("icg", "International Crisis Group", "NGO", "", "NGO", "ngo", "International Crisis Group|Crisis Group|ICG"),
    ("phr", "Physicians for Human Rights", "NGOHRIHLH", "", "NGO", "ngo", "Physicians for Human Rights"),
    ("rwb", "Reporters Without Borders", "NGOMED", "", "NGO", "ngo", "Reporters Without Borders|Reporters Sans Frontieres|Reporters sans frontières"),
    ("cpj", "Committee to Protect Journalists", "NGOMED", "", "NGO", "ngo", "Committee to Protect Journalists|CPJ"),
    ("ti", "Transparency International", "NGO", "", "NGO", "ngo", "Transparency International"),
    ("fidh", "International Federation for Human Rights", "NGOHRI", "", "NGO", "ngo", "International Federation for Human Rights|FIDH"),
    ("stc", "Save the Children", "NGO", "", "NGO", "ngo", "Save the Children"),
    ("care", "CARE International", "NGO", "", "NGO", "ngo", "CARE International"),
    ("irc", "International Rescue Committee", "NGO", "", "NGO", "ngo", "International Rescue Committee"),
    ("wv", "World Vision", "NGO", "", "NGO", "ngo", "World Vision"),
    ("caritas", "Caritas", "NGOREL", "", "NGO", "ngo", "Caritas|Caritas Internationalis"),
    ("nrc", "Norwegian Refugee Council", "NGOREF", "", "NGO", "ngo", "Norwegian Refugee Council"),
    ("sipri", "SIPRI", "NGO", "SWE", "NGO", "ngo", "Stockholm International Peace Research Institute|SIPRI"),
    # --- armed groups (code = home country + REB unless CAMEO/Phoenix has another)
    ("hamas", "Hamas", "PSEREB", "PSE", "REB", "armed_group", "Hamas|Islamic Resistance Movement|Qassam Brigades|Izz ad-Din al-Qassam Brigades|al-Qassam Brigades"),
    ("pij", "Palestinian Islamic Jihad", "PSEREB", "PSE", "REB", "armed_group", "Palestinian Islamic Jihad|Islamic Jihad|Al-Quds Brigades"),
    ("hezbollah", "Hezbollah", "LBNREB", "LBN", "REB", "armed_group", "Hezbollah|Hizbollah|Hizballah|Hizbullah"),
    ("taliban_insurgency", "Taliban (insurgency)", "AFGREB", "AFG", "REB", "armed_group", "Taliban|the Taliban|Taleban", "", "2021-08-14"),
    ("taliban_government", "Taliban (de facto government)", "AFGGOV", "AFG", "GOV", "armed_group", "Taliban|the Taliban|Taleban|Islamic Emirate of Afghanistan", "2021-08-15", ""),
    ("ttp", "Tehrik-i-Taliban Pakistan", "PAKREB", "PAK", "REB", "armed_group", "Tehrik-i-Taliban Pakistan|Pakistani Taliban|TTP"),
    ("isis", "Islamic State", "IMGMOSISI", "", "REB", "armed_group", "Islamic State|ISIS|ISIL|IS militants|Daesh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria"),
    ("iswap", "Islamic State West Africa Province", "NGAREB", "NGA", "REB", "armed_group", "Islamic State West Africa Province|ISWAP"),
    ("isk", "Islamic State Khorasan", "AFGREB", "AFG", "REB", "armed_group", "Islamic State Khorasan|ISIS-K|IS-K|ISKP"),
    ("unita_rebels", "UNITA", "AGOREB", "AGO", "REB", "armed_group", "National Union for the Total Independence of Angola|UNITA", "", "2002-04-04"),
    ("unita_party", "UNITA (party)", "AGOOPP", "AGO", "OPP", "party", "National Union for the Total Independence of Angola|UNITA", "2002-04-04", ""),
    ("mpla", "MPLA", "AGOGOV", "AGO", "GOV", "party", "MPLA|Popular Movement for the Liberation of Angola"),
    ("ruf", "Revolutionary United Front", "SLEREB", "SLE", "REB", "armed_group", "Revolutionary United Front|RUF"),
    ("npfl", "National Patriotic Front of Liberia", "LBRREB", "LBR", "REB", "armed_group", "National Patriotic Front of Liberia|NPFL"),
    ("lurd", "LURD", "LBRREB", "LBR", "REB", "armed_group", "Liberians United for Reconciliation and Democracy|LURD"),
    ("ltte", "Liberation Tigers of Tamil Eelam", "LKAREB", "LKA", "REB", "armed_group", "Liberation Tigers of Tamil Eelam|LTTE|Tamil Tigers|Liberation Tigers"),
    ("milf", "Moro Islamic Liberation Front", "PHLREB", "PHL", "REB", "armed_group", "Moro Islamic Liberation Front|MILF"),
    ("mnlf", "Moro National Liberation Front", "PHLREB", "PHL", "REB", "armed_group", "Moro National Liberation Front|MNLF"),
    ("npa", "New People's Army", "PHLREB", "PHL", "REB", "armed_group", "New People's Army|NPA"),
    ("abu_sayyaf", "Abu Sayyaf", "PHLREB", "PHL", "REB", "armed_group", "Abu Sayyaf|Abu Sayyaf Group"),
    ("jemaah_islamiyah", "Jemaah Islamiyah", "IDNREB", "IDN", "REB", "armed_group", "Jemaah Islamiyah|Jemaah Islamiah"),
    ("fis", "Islamic Salvation Front", "DZAOPP", "DZA", "OPP", "party", "Islamic Salvation Front|FIS"),
    ("gia", "Armed Islamic Group", "DZAREB", "DZA", "REB", "armed_group", "Armed Islamic Group|GIA"),
    ("kla", "Kosovo Liberation Army", "KSVREB", "XKX", "REB", "armed_group", "Kosovo Liberation Army|KLA|UCK"),
    ("ira", "Irish Republican Army", "GBRREB", "GBR", "REB", "armed_group", "Irish Republican Army|IRA|Provisional IRA|Real IRA"),
    ("sinn_fein", "Sinn Fein", "GBROPP", "GBR", "OPP", "party", "Sinn Fein|Sinn Féin"),
    ("eta", "ETA", "ESPREB", "ESP", "REB", "armed_group", "ETA|Euskadi Ta Askatasuna"),
    ("spla", "Sudan People's Liberation Army/Movement", "SDNREB", "SDN", "REB", "armed_group", "Sudan People's Liberation Army|SPLA|Sudan People's Liberation Movement|SPLM", "", "2011-07-09"),
    ("splm_ssd", "SPLM (South Sudan)", "SSDGOV", "SSD", "GOV", "party", "Sudan People's Liberation Army|SPLA|Sudan People's Liberation Movement|SPLM", "2011-07-09", ""),
    ("jem_sudan", "Justice and Equality Movement", "SDNREB", "SDN", "REB", "armed_group", "Justice and Equality Movement"),
    ("sla_sudan", "Sudan Liberation Army", "SDNREB", "SDN", "REB", "armed_group", "Sudan Liberation Army|Sudan Liberation Movement"),
    ("janjaweed", "Janjaweed", "SDNREB", "SDN", "REB", "armed_group", "Janjaweed|Janjawid"),
    ("lra", "Lord's Resistance Army", "UGAREB", "UGA", "REB", "armed_group", "Lord's Resistance Army|LRA"),
    ("fdlr", "FDLR", "RWAREB", "RWA", "REB", "armed_group", "Democratic Forces for the Liberation of Rwanda|FDLR|Interahamwe"),
    ("polisario", "Polisario Front", "ESHREB", "ESH", "REB", "armed_group", "Polisario Front|Polisario"),
    ("anc_banned", "African National Congress", "ZAFREB", "ZAF", "REB", "armed_group", "African National Congress|ANC", "", "1990-02-02"),
    ("anc_opposition", "African National Congress", "ZAFOPP", "ZAF", "OPP", "party", "African National Congress|ANC", "1990-02-02", "1994-05-10"),
    ("anc_ruling", "African National Congress", "ZAFPTY", "ZAF", "PTY", "party", "African National Congress|ANC", "1994-05-10", ""),
    ("khmer_rouge", "Khmer Rouge", "KHMREB", "KHM", "REB", "armed_group", "Khmer Rouge"),
    ("contras", "Contras", "NICREB", "NIC", "REB", "armed_group", "Contras|Contra rebels|Nicaraguan Resistance"),
    ("sandinistas", "Sandinistas", "NICGOV", "NIC", "GOV", "party", "Sandinistas|Sandinista|Sandinista National Liberation Front|FSLN", "1979-07-19", "1990-04-25"),
    ("sandinistas_opp", "Sandinistas", "NICOPP", "NIC", "OPP", "party", "Sandinistas|Sandinista|Sandinista National Liberation Front|FSLN", "1990-04-25", "2007-01-10"),
    ("sandinistas_gov", "Sandinistas", "NICGOV", "NIC", "GOV", "party", "Sandinistas|Sandinista|Sandinista National Liberation Front|FSLN", "2007-01-10", ""),
    ("fmln", "FMLN", "SLVREB", "SLV", "REB", "armed_group", "Farabundo Marti National Liberation Front|FMLN", "", "1992-01-16"),
    ("shining_path", "Shining Path", "PERREB", "PER", "REB", "armed_group", "Shining Path|Sendero Luminoso"),
    ("ezln", "Zapatistas", "MEXREB", "MEX", "REB", "armed_group", "Zapatistas|Zapatista National Liberation Army|EZLN"),
    ("lashkar", "Lashkar-e-Taiba", "PAKREB", "PAK", "REB", "armed_group", "Lashkar-e-Taiba|Lashkar-e-Toiba|Lashkar-e-Tayyiba|LeT"),
    ("jaish", "Jaish-e-Mohammed", "PAKREB", "PAK", "REB", "armed_group", "Jaish-e-Mohammed|Jaish-e-Mohammad"),
    ("bla", "Balochistan Liberation Army", "PAKREB", "PAK", "REB", "armed_group", "Balochistan Liberation Army|Baluchistan Liberation Army|Baloch Liberation Army"),
    ("haqqani", "Haqqani network", "AFGREB", "AFG", "REB", "armed_group", "Haqqani network"),
    ("northern_alliance", "Northern Alliance", "AFGREB", "AFG", "REB", "armed_group", "Northern Alliance|United Islamic Front", "1996-09-27", "2001-12-22"),
    ("aqmb", "Al-Aqsa Martyrs' Brigades", "PSEREB", "PSE", "REB", "armed_group", "Al-Aqsa Martyrs Brigades|Al-Aqsa Martyrs' Brigades|Al-Aqsa Martyrs Brigade|Aqsa Martyrs Brigades"),
    ("pflp", "PFLP", "PSEREB", "PSE", "REB", "armed_group", "Popular Front for the Liberation of Palestine|PFLP"),
    ("dflp", "DFLP", "PSEREB", "PSE", "REB", "armed_group", "Democratic Front for the Liberation of Palestine|DFLP"),
    ("amal", "Amal", "LBNREB", "LBN", "REB", "armed_group", "Amal movement|Amal militia"),
    ("fsa", "Free Syrian Army", "SYRREB", "SYR", "REB", "armed_group", "Free Syrian Army|FSA"),
    ("nusra", "al-Nusra Front", "SYRREB", "SYR", "REB", "armed_group", "al-Nusra Front|Nusra Front|Jabhat al-Nusra|al-Nusra"),
    ("peshmerga", "Peshmerga", "IRQMIL", "IRQ", "MIL", "military", "Peshmerga|peshmerga"),
    ("krg", "Kurdistan Regional Government", "IRQGOV", "IRQ", "GOV", "government", "Kurdistan Regional Government|KRG"),
    ("kdp", "Kurdistan Democratic Party", "IRQOPP", "IRQ", "OPP", "party", "Kurdistan Democratic Party|KDP"),
    ("puk", "Patriotic Union of Kurdistan", "IRQOPP", "IRQ", "OPP", "party", "Patriotic Union of Kurdistan|PUK"),
    ("olf", "Oromo Liberation Front", "ETHREB", "ETH", "REB", "armed_group", "Oromo Liberation Front|OLF"),
    ("onlf", "Ogaden National Liberation Front", "ETHREB", "ETH", "REB", "armed_group", "Ogaden National Liberation Front|ONLF"),
    ("tplf", "TPLF", "ETHREB", "ETH", "REB", "armed_group", "Tigray People's Liberation Front|TPLF", "2020-11-04", ""),
    ("mdc", "Movement for Democratic Change", "ZWEOPP", "ZWE", "OPP", "party", "Movement for Democratic Change|MDC"),
    ("zanupf", "ZANU-PF", "ZWEPTY", "ZWE", "PTY", "party", "ZANU-PF|Zanu-PF|ZANU PF"),
    ("nld", "National League for Democracy", "MMROPP", "MMR", "OPP", "party", "National League for Democracy|NLD"),
    ("knu", "Karen National Union", "MMRREB", "MMR", "REB", "armed_group", "Karen National Union|KNU|Karen National Liberation Army|KNLA"),
    ("arakan_army", "Arakan Army", "MMRREB", "MMR", "REB", "armed_group", "Arakan Army"),
    ("naxalites", "Naxalites", "INDREB", "IND", "REB", "armed_group", "Naxalites|Naxalite|Naxal|Naxals"),
    ("cpn_maoist", "Communist Party of Nepal (Maoist)", "NPLREB", "NPL", "REB", "armed_group", "Communist Party of Nepal (Maoist)|Nepalese Maoists|Nepali Maoists", "", "2006-11-21"),
    ("ansar_dine", "Ansar Dine", "MLIREB", "MLI", "REB", "armed_group", "Ansar Dine|Ansar Eddine"),
    ("mnla", "MNLA", "MLIREB", "MLI", "REB", "armed_group", "National Movement for the Liberation of Azawad|MNLA"),
    ("seleka", "Seleka", "CAFREB", "CAF", "REB", "armed_group", "Seleka|Séléka|anti-balaka|Anti-Balaka"),
    ("dpr_lpr", "Donetsk and Luhansk People's Republics", "UKRREB", "UKR", "REB", "armed_group", "Donetsk People's Republic|Luhansk People's Republic|Lugansk People's Republic|DPR|LPR|DNR|LNR", "2014-04-07", "2022-09-30"),
    ("azov", "Azov Brigade", "UKRMIL", "UKR", "MIL", "military", "Azov Brigade|Azov Regiment|Azov Battalion"),
    ("pmf", "Popular Mobilization Forces", "IRQMIL", "IRQ", "MIL", "military", "Popular Mobilization Forces|Popular Mobilisation Forces|Hashd al-Shaabi|PMF"),
    ("ahrar", "Ahrar al-Sham", "SYRREB", "SYR", "REB", "armed_group", "Ahrar al-Sham"),
    ("jaish_islam", "Jaish al-Islam", "SYRREB", "SYR", "REB", "armed_group", "Jaish al-Islam"),
    ("ansar_bait", "Ansar Bait al-Maqdis", "EGYREB", "EGY", "REB", "armed_group", "Ansar Bait al-Maqdis|Ansar Beit al-Maqdis"),
    ("ulfa", "ULFA", "INDREB", "IND", "REB", "armed_group", "United Liberation Front of Asom|United Liberation Front of Assam|ULFA"),
    ("nscn", "NSCN", "INDREB", "IND", "REB", "armed_group", "National Socialist Council of Nagaland|NSCN"),
    ("kia_myanmar", "Kachin Independence Army", "MMRREB", "MMR", "REB", "armed_group", "Kachin Independence Army|Kachin Independence Organisation"),
    ("nug_myanmar", "National Unity Government (Myanmar)", "MMROPP", "MMR", "OPP", "government", "National Unity Government", "2021-04-16", ""),
    ("codeco", "CODECO", "CODREB", "COD", "REB", "armed_group", "CODECO"),
    ("fano", "Fano militia", "ETHREB", "ETH", "REB", "armed_group", "Fano militia|Fano militiamen|Fano fighters"),
    ("gulf_clan", "Gulf Clan", "COLCRM", "COL", "CRM", "armed_group", "Gulf Clan|Clan del Golfo"),
    ("sinaloa", "Sinaloa Cartel", "MEXCRM", "MEX", "CRM", "armed_group", "Sinaloa Cartel|Sinaloa cartel"),
    ("cjng", "Jalisco New Generation Cartel", "MEXCRM", "MEX", "CRM", "armed_group", "Jalisco New Generation Cartel|Jalisco cartel|CJNG"),
    ("g9_haiti", "G9 gang alliance", "HTICRM", "HTI", "CRM", "armed_group", "G9 Family and Allies|G9 alliance"),
    ("fatah", "Fatah", "PSEPTY", "PSE", "PTY", "party", "Fatah|al-Fatah"),
    ("plo", "Palestine Liberation Organization", "PSEGOV", "PSE", "GOV", "government", "Palestine Liberation Organization|Palestine Liberation Organisation|PLO"),
    ("aqim", "al-Qaeda in the Islamic Maghreb", "DZAREB", "DZA", "REB", "armed_group", "al-Qaeda in the Islamic Maghreb|al-Qaida in the Islamic Maghreb|AQIM"),
    ("muslim_brotherhood", "Muslim Brotherhood", "EGYOPP", "EGY", "OPP", "party", "Muslim Brotherhood"),
    ("alqaeda", "al-Qaeda", "IMGMOSALQ", "", "REB", "armed_group", "al-Qaeda|al Qaeda|Al-Qaida|al-Qaida|Al Qaeda"),
    ("aqap", "al-Qaeda in the Arabian Peninsula", "YEMREB", "YEM", "REB", "armed_group", "al-Qaeda in the Arabian Peninsula|AQAP"),
    ("jnim", "JNIM", "MLIREB", "MLI", "REB", "armed_group", "JNIM|Jama'at Nusrat al-Islam wal-Muslimin"),
    ("shabaab", "al-Shabaab", "SOMREB", "SOM", "REB", "armed_group", "al-Shabaab|al Shabaab|Al-Shabab|al-Shabab|Shabaab"),
    ("bokoharam", "Boko Haram", "NGAREB", "NGA", "REB", "armed_group", "Boko Haram"),
    ("houthis", "Houthis (Ansar Allah)", "YEMREB", "YEM", "REB", "armed_group", "Houthis|Houthi|Huthis|Huthi|Ansar Allah|Ansarullah|Houthi rebels"),
    ("wagner", "Wagner Group", "RUSMIL", "RUS", "MIL", "armed_group", "Wagner|Wagner Group|Wagner mercenaries|PMC Wagner|Africa Corps"),
    ("pkk", "Kurdistan Workers' Party", "TURREB", "TUR", "REB", "armed_group", "PKK|Kurdistan Workers' Party|Kurdistan Workers Party|Kurdish Workers' Party|Kurdish Workers Party"),
    ("sdf_syria", "Syrian Democratic Forces", "SYRREB", "SYR", "REB", "armed_group", "Syrian Democratic Forces|YPG"),
    ("hts", "Hayat Tahrir al-Sham", "SYRREB", "SYR", "REB", "armed_group", "Hayat Tahrir al-Sham|HTS", "", "2024-12-08"),
    ("rsf", "Rapid Support Forces", "SDNREB", "SDN", "REB", "armed_group", "Rapid Support Forces|RSF"),
    ("m23", "M23", "CODREB", "COD", "REB", "armed_group", "M23|March 23 Movement"),
    ("farc", "FARC", "COLREB", "COL", "REB", "armed_group", "FARC|Revolutionary Armed Forces of Colombia"),
    ("eln", "ELN", "COLREB", "COL", "REB", "armed_group", "ELN|National Liberation Army"),
    ("hayat", "Kataib Hezbollah", "IRQREB", "IRQ", "REB", "armed_group", "Kataib Hezbollah|Kata'ib Hezbollah"),
    ("irgc", "Islamic Revolutionary Guard Corps", "IRNMIL", "IRN", "MIL", "military", "Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard|Quds Force"),
    ("idf", "Israel Defense Forces", "ISRMIL", "ISR", "MIL", "military", "Israel Defense Forces|IDF|Israeli Defense Forces"),
    ("jsdf", "Japan Self-Defense Forces", "JPNMIL", "JPN", "MIL", "military", "Self-Defense Forces|Self-Defence Forces|Japan Self-Defense Forces|JSDF|SDF|Ground Self-Defense Force|Maritime Self-Defense Force|Air Self-Defense Force|GSDF|MSDF|ASDF"),
    ("pla", "People's Liberation Army", "CHNMIL", "CHN", "MIL", "military", "People's Liberation Army|PLA|PLA Navy|People's Liberation Army Navy"),
    ("bundeswehr", "Bundeswehr", "DEUMIL", "DEU", "MIL", "military", "Bundeswehr"),
    ("mossad", "Mossad", "ISRSPY", "ISR", "SPY", "intelligence", "Mossad"),
    ("shin_bet", "Shin Bet", "ISRSPY", "ISR", "SPY", "intelligence", "Shin Bet|Shabak"),
    ("cia", "Central Intelligence Agency", "USASPY", "USA", "SPY", "intelligence", "CIA|Central Intelligence Agency"),
    ("fbi", "Federal Bureau of Investigation", "USACOP", "USA", "COP", "police", "FBI|Federal Bureau of Investigation"),
    ("nsa", "National Security Agency", "USASPY", "USA", "SPY", "intelligence", "National Security Agency"),
    ("fsb", "Federal Security Service", "RUSSPY", "RUS", "SPY", "intelligence", "FSB|Federal Security Service"),
    ("gru", "GRU", "RUSSPY", "RUS", "SPY", "intelligence", "GRU"),
    ("sbu", "Security Service of Ukraine", "UKRSPY", "UKR", "SPY", "intelligence", "SBU|Security Service of Ukraine"),
    ("mi6", "MI6", "GBRSPY", "GBR", "SPY", "intelligence", "MI6|MI5|Secret Intelligence Service|GCHQ"),
    ("congress_us", "U.S. Congress", "USALEG", "USA", "LEG", "legislature", "Congress|U.S. Congress|US Congress|United States Congress|House of Representatives|U.S. Senate|US Senate"),
    ("diet_jp", "National Diet", "JPNLEG", "JPN", "LEG", "legislature", "National Diet|the Diet|Japanese Diet"),
    ("nsc_jp", "Japan National Security Council", "JPNGOV", "JPN", "GOV", "government", "Japan's National Security Council"),
    ("boj", "Bank of Japan", "JPNBUS", "JPN", "BUS", "government", "Bank of Japan|BOJ"),
    ("fed", "Federal Reserve", "USABUS", "USA", "BUS", "government", "Federal Reserve|the Fed"),
    # --- religious communities (CAMEO 1.1b3 religion codes; Phoenix agents MOS, MOSSUN, CHR, ...):
    # with a country they compose ("Lebanese Christians" -> LBNCHR), with a sector noun they
    # take it ("Shiite militias" -> MOSSHIREB)
    ("muslims", "Muslims", "MOS", "", "", "religion", "Muslims|Muslim|Moslems|Moslem"),
    ("sunnis", "Sunni Muslims", "MOSSUN", "", "", "religion", "Sunnis|Sunni|Sunni Muslims|Sunni Arabs"),
    ("shias", "Shia Muslims", "MOSSHI", "", "", "religion", "Shiites|Shiite|Shi'ites|Shi'ite|Shia|Shias|Shi'a|Shia Muslims|Shiite Muslims"),
    ("christians", "Christians", "CHR", "", "", "religion", "Christians|Christian"),
    ("catholics", "Catholics", "CHRCTH", "", "", "religion", "Catholics|Catholic|Roman Catholics|Roman Catholic"),
    ("protestants", "Protestants", "CHRPRO", "", "", "religion", "Protestants|Protestant"),
    ("orthodox", "Orthodox Christians", "CHRDOX", "", "", "religion", "Orthodox Christians|Orthodox Christian"),
    ("copts", "Coptic Christians", "CHRCPT", "", "", "religion", "Copts|Coptic Christians|Coptic"),
    ("jews", "Jews", "JEW", "", "", "religion", "Jews|Jewish"),
    ("hindus", "Hindus", "HIN", "", "", "religion", "Hindus|Hindu"),
    ("buddhists", "Buddhists", "BUD", "", "", "religion", "Buddhists|Buddhist"),
    ("sikhs", "Sikhs", "SIK", "", "", "religion", "Sikhs|Sikh"),
    # --- ethnic groups (kind = ethnic): after a country they take it ("Iraqi Kurds" IRQ);
    # alone, a group with one home state stands for it ("Tamil civilians" LKACVL), a group
    # spread over several states ("Kurdish rebels") gets a country only from a place after it
    ("kurds", "Kurds", "KUR", "", "", "ethnic", "Kurds|Kurd|Kurdish"),
    ("pashtuns", "Pashtuns", "PSH", "", "", "ethnic", "Pashtuns|Pashtun|Pushtuns|Pushtun|Pathans"),
    ("baluch", "Baluch", "BAL", "", "", "ethnic", "Baluch|Baloch|Baluchis|Balochis"),
    ("hutus", "Hutus", "HUT", "", "", "ethnic", "Hutus|Hutu"),
    ("tutsis", "Tutsis", "TUT", "", "", "ethnic", "Tutsis|Tutsi"),
    ("berbers", "Berbers", "BER", "", "", "ethnic", "Berbers|Berber|Amazigh"),
    ("tuareg", "Tuareg", "TUA", "", "", "ethnic", "Tuareg|Tuaregs|Touareg"),
    ("fulani", "Fulani", "FUL", "", "", "ethnic", "Fulani|Peul"),
    ("kashmiris", "Kashmiris", "KAS", "", "", "ethnic", "Kashmiris|Kashmiri"),
    ("druze", "Druze", "DRZ", "", "", "ethnic", "Druze"),
    ("tamils", "Tamils", "LKA", "LKA", "", "ethnic", "Tamils|Tamil"),
    ("uighurs", "Uighurs", "CHN", "CHN", "", "ethnic", "Uighurs|Uighur|Uyghurs|Uyghur"),
    ("tibetans", "Tibetans", "CHN", "CHN", "", "ethnic", "Tibetans|Tibetan"),
    ("chechens", "Chechens", "RUS", "RUS", "", "ethnic", "Chechens|Chechen"),
    ("rohingya", "Rohingya", "MMR", "MMR", "", "ethnic", "Rohingya|Rohingyas"),
    ("kachin", "Kachin", "MMR", "MMR", "", "ethnic", "Kachin"),
    ("hazaras", "Hazaras", "AFG", "AFG", "", "ethnic", "Hazaras|Hazara"),
    ("sahrawis", "Sahrawis", "ESH", "ESH", "", "ethnic", "Sahrawis|Sahrawi|Saharawis|Saharawi"),
    ("abkhaz", "Abkhaz", "GEO", "GEO", "", "ethnic", "Abkhaz|Abkhazians|Abkhazian"),
    ("igbo", "Igbo", "NGA", "NGA", "", "ethnic", "Igbo|Ibo"),
    ("yoruba", "Yoruba", "NGA", "NGA", "", "ethnic", "Yoruba"),
    ("ogoni", "Ogoni", "NGA", "NGA", "", "ethnic", "Ogoni"),
    ("hausa", "Hausa", "NGA", "NGA", "", "ethnic", "Hausa"),
    ("zulus", "Zulus", "ZAF", "ZAF", "", "ethnic", "Zulus|Zulu"),
    # --- media
    ("kyodo", "Kyodo News", "JPNMED", "JPN", "MED", "media", "Kyodo|Kyodo News|Kyodo News Agency"),
    ("nhk", "NHK", "JPNMED", "JPN", "MED", "media", "NHK|Japan Broadcasting Corporation"),
    ("jiji", "Jiji Press", "JPNMED", "JPN", "MED", "media", "Jiji Press|Jiji"),
    ("nikkei", "Nikkei", "JPNMED", "JPN", "MED", "media", "Nikkei|Nikkei Asia|Nihon Keizai Shimbun"),
    ("asahi", "Asahi Shimbun", "JPNMED", "JPN", "MED", "media", "Asahi Shimbun|Asahi"),
    ("yomiuri", "Yomiuri Shimbun", "JPNMED", "JPN", "MED", "media", "Yomiuri Shimbun|Yomiuri"),
    ("mainichi", "Mainichi Shimbun", "JPNMED", "JPN", "MED", "media", "Mainichi Shimbun|Mainichi"),
    ("japantimes", "The Japan Times", "JPNMED", "JPN", "MED", "media", "Japan Times|The Japan Times"),
    ("reuters", "Reuters", "GBRMED", "GBR", "MED", "media", "Reuters|Thomson Reuters"),
    ("ap", "Associated Press", "USAMED", "USA", "MED", "media", "Associated Press|AP|The Associated Press"),
    ("afp", "Agence France-Presse", "FRAMED", "FRA", "MED", "media", "AFP|Agence France-Presse|Agence France Presse"),
    ("bloomberg", "Bloomberg", "USAMED", "USA", "MED", "media", "Bloomberg|Bloomberg News"),
    ("bbc", "BBC", "GBRMED", "GBR", "MED", "media", "BBC|British Broadcasting Corporation"),
    ("cnn", "CNN", "USAMED", "USA", "MED", "media", "CNN"),
    ("nyt", "The New York Times", "USAMED", "USA", "MED", "media", "New York Times|The New York Times|NYT"),
    ("wapo", "The Washington Post", "USAMED", "USA", "MED", "media", "Washington Post|The Washington Post"),
    ("wsj", "The Wall Street Journal", "USAMED", "USA", "MED", "media", "Wall Street Journal|The Wall Street Journal|WSJ"),
    ("ft", "Financial Times", "GBRMED", "GBR", "MED", "media", "Financial Times|FT"),
    ("guardian", "The Guardian", "GBRMED", "GBR", "MED", "media", "The Guardian"),
    ("aljazeera", "Al Jazeera", "QATMED", "QAT", "MED", "media", "Al Jazeera|Al-Jazeera|Aljazeera"),
    ("xinhua", "Xinhua", "CHNMED", "CHN", "MED", "media", "Xinhua|Xinhua News Agency"),
    ("globaltimes", "Global Times", "CHNMED", "CHN", "MED", "media", "Global Times"),
    ("cctv", "CCTV", "CHNMED", "CHN", "MED", "media", "CCTV|China Central Television|CGTN"),
    ("tass", "TASS", "RUSMED", "RUS", "MED", "media", "TASS|Tass|ITAR-TASS"),
    ("ria", "RIA Novosti", "RUSMED", "RUS", "MED", "media", "RIA Novosti|RIA"),
    ("interfax", "Interfax", "RUSMED", "RUS", "MED", "media", "Interfax"),
    ("rt", "RT", "RUSMED", "RUS", "MED", "media", "Russia Today"),
    ("yonhap", "Yonhap", "KORMED", "KOR", "MED", "media", "Yonhap|Yonhap News Agency"),
    ("kcna", "KCNA", "PRKMED", "PRK", "MED", "media", "KCNA|Korean Central News Agency"),
    ("ukrinform", "Ukrinform", "UKRMED", "UKR", "MED", "media", "Ukrinform"),
    ("anadolu", "Anadolu Agency", "TURMED", "TUR", "MED", "media", "Anadolu|Anadolu Agency"),
    ("irna", "IRNA", "IRNMED", "IRN", "MED", "media", "IRNA|Islamic Republic News Agency"),
    ("dpa", "dpa", "DEUMED", "DEU", "MED", "media", "dpa|Deutsche Presse-Agentur"),
    ("spiegel", "Der Spiegel", "DEUMED", "DEU", "MED", "media", "Der Spiegel|Spiegel"),
    ("lemonde", "Le Monde", "FRAMED", "FRA", "MED", "media", "Le Monde"),
    ("efe", "EFE", "ESPMED", "ESP", "MED", "media", "EFE"),
    ("ansa", "ANSA", "ITAMED", "ITA", "MED", "media", "ANSA"),
    ("pti", "Press Trust of India", "INDMED", "IND", "MED", "media", "Press Trust of India|PTI"),
    ("haaretz", "Haaretz", "ISRMED", "ISR", "MED", "media", "Haaretz|Times of Israel|The Times of Israel|Jerusalem Post"),
    ("wafa", "WAFA", "PSEMED", "PSE", "MED", "media", "WAFA"),
    ("sana", "SANA", "SYRMED", "SYR", "MED", "media", "SANA"),
    ("spa", "Saudi Press Agency", "SAUMED", "SAU", "MED", "media", "Saudi Press Agency"),
    # --- companies
    ("mhi", "Mitsubishi Heavy Industries", "JPNBUS", "JPN", "BUS", "company", "Mitsubishi Heavy Industries|MHI|Mitsubishi Heavy"),
    ("mitsubishi_electric", "Mitsubishi Electric", "JPNBUS", "JPN", "BUS", "company", "Mitsubishi Electric"),
    ("mitsubishi_corp", "Mitsubishi Corporation", "JPNBUS", "JPN", "BUS", "company", "Mitsubishi Corporation|Mitsubishi Corp.|Mitsubishi"),
    ("khi", "Kawasaki Heavy Industries", "JPNBUS", "JPN", "BUS", "company", "Kawasaki Heavy Industries|Kawasaki Heavy"),
    ("ihi", "IHI Corporation", "JPNBUS", "JPN", "BUS", "company", "IHI Corporation|IHI Corp.|IHI"),
    ("toyota", "Toyota", "JPNBUS", "JPN", "BUS", "company", "Toyota|Toyota Motor"),
    ("sony", "Sony", "JPNBUS", "JPN", "BUS", "company", "Sony"),
    ("softbank", "SoftBank", "JPNBUS", "JPN", "BUS", "company", "SoftBank"),
    ("lockheed", "Lockheed Martin", "USABUS", "USA", "BUS", "company", "Lockheed Martin|Lockheed"),
    ("rtx", "RTX (Raytheon)", "USABUS", "USA", "BUS", "company", "RTX|Raytheon|Raytheon Technologies|RTX Corporation|Raytheon Missiles & Defense"),
    ("boeing", "Boeing", "USABUS", "USA", "BUS", "company", "Boeing"),
    ("northrop", "Northrop Grumman", "USABUS", "USA", "BUS", "company", "Northrop Grumman|Northrop"),
    ("gd", "General Dynamics", "USABUS", "USA", "BUS", "company", "General Dynamics"),
    ("l3harris", "L3Harris", "USABUS", "USA", "BUS", "company", "L3Harris"),
    ("spacex", "SpaceX", "USABUS", "USA", "BUS", "company", "SpaceX|Starlink"),
    ("apple", "Apple", "USABUS", "USA", "BUS", "company", "Apple Inc."),
    ("google", "Google", "USABUS", "USA", "BUS", "company", "Google|Alphabet"),
    ("microsoft", "Microsoft", "USABUS", "USA", "BUS", "company", "Microsoft"),
    ("nvidia", "Nvidia", "USABUS", "USA", "BUS", "company", "Nvidia|NVIDIA"),
    ("exxon", "ExxonMobil", "USABUS", "USA", "BUS", "company", "ExxonMobil|Exxon Mobil|Exxon"),
    ("bae", "BAE Systems", "GBRBUS", "GBR", "BUS", "company", "BAE Systems|BAE"),
    ("shell", "Shell", "GBRBUS", "GBR", "BUS", "company", "Shell plc|Royal Dutch Shell"),
    ("bp", "BP", "GBRBUS", "GBR", "BUS", "company", "BP"),
    ("airbus", "Airbus", "NLDBUS", "NLD", "BUS", "company", "Airbus"),
    ("thales", "Thales", "FRABUS", "FRA", "BUS", "company", "Thales|Thales Group"),
    ("total", "TotalEnergies", "FRABUS", "FRA", "BUS", "company", "TotalEnergies|Total SA|Total S.A."),
    ("rheinmetall", "Rheinmetall", "DEUBUS", "DEU", "BUS", "company", "Rheinmetall"),
    ("leonardo", "Leonardo", "ITABUS", "ITA", "BUS", "company", "Leonardo S.p.A."),
    ("samsung", "Samsung", "KORBUS", "KOR", "BUS", "company", "Samsung|Samsung Electronics"),
    ("hyundai", "Hyundai", "KORBUS", "KOR", "BUS", "company", "Hyundai|Hyundai Motor|Hyundai Rotem"),
    ("hanwha", "Hanwha", "KORBUS", "KOR", "BUS", "company", "Hanwha|Hanwha Aerospace"),
    ("huawei", "Huawei", "CHNBUS", "CHN", "BUS", "company", "Huawei"),
    ("norinco", "Norinco", "CHNBUS", "CHN", "BUS", "company", "Norinco"),
    ("tsmc", "TSMC", "TWNBUS", "TWN", "BUS", "company", "TSMC|Taiwan Semiconductor Manufacturing"),
    ("gazprom", "Gazprom", "RUSBUS", "RUS", "BUS", "company", "Gazprom"),
    ("rosneft", "Rosneft", "RUSBUS", "RUS", "BUS", "company", "Rosneft"),
    ("rosatom", "Rosatom", "RUSBUS", "RUS", "BUS", "company", "Rosatom"),
    ("rostec", "Rostec", "RUSBUS", "RUS", "BUS", "company", "Rostec"),
    ("naftogaz", "Naftogaz", "UKRBUS", "UKR", "BUS", "company", "Naftogaz"),
    ("aramco", "Saudi Aramco", "SAUBUS", "SAU", "BUS", "company", "Saudi Aramco|Aramco"),
    ("elbit", "Elbit Systems", "ISRBUS", "ISR", "BUS", "company", "Elbit Systems|Elbit"),
    ("iai", "Israel Aerospace Industries", "ISRBUS", "ISR", "BUS", "company", "Israel Aerospace Industries|IAI"),
    ("baykar", "Baykar", "TURBUS", "TUR", "BUS", "company", "Baykar"),
]

# Aliases that are ordinary words or initials in other capitalisations: exact case only.
EXACT_CASE = {
    "IS militants", "Quad", "Total", "Amnesty", "Apple Inc.", "the Fed", "Congress", "Security Council",
    "General Assembly", "the Alliance", "Brussels", "Shell plc", "Diet", "the Diet", "Spiegel",
    "Anadolu", "Leonardo S.p.A.", "Alphabet", "Save the Children", "Crisis Group", "the Commonwealth",
    "Amal movement", "Contras", "LeT", "World Vision", "Islamic State", "Tass", "Red Cross", "Red Crescent", "Jiji", "Mitsubishi",
}  # plus every all-capital initialism of up to five letters (WHO/who, UN, AP, EU, ...)

# phrase, sector, notes: words and phrases that name a sector of a country's society. The
# CAMEO agent codes (CAMEO 1.1b3 actor codebook, "agents"); matched case-insensitively.
# Left out on purpose: words that are mostly adjectives or verbs in news ("official visit",
# "a firm stance", "to press", "public opinion").
AGENTS = """
government|GOV|
governments|GOV|
govt|GOV|abbreviation
administration|GOV|
regime|GOV|pejorative, still the government
cabinet|GOV|
ministry|GOV|any ministry; more specific ones below
ministries|GOV|
minister|GOV|
ministers|GOV|
president|GOV|head of state
prime minister|GOV|
prime ministers|GOV|
presidents|GOV|
head of state|GOV|
heads of state|GOV|
head of government|GOV|
heads of government|GOV|
monarch|GOV|
secretary general|GOV|a title; known holders are in people.csv
premier|GOV|
chancellor|GOV|
vice president|GOV|
deputy prime minister|GOV|
foreign ministry|GOV|
foreign minister|GOV|
foreign ministers|GOV|
foreign office|GOV|
ministry of foreign affairs|GOV|
state department|GOV|U.S. foreign ministry
secretary of state|GOV|
defense ministry|GOV|CAMEO codes ministries as GOV; the military itself is MIL
defence ministry|GOV|
ministry of defense|GOV|
ministry of defence|GOV|
defense minister|GOV|
defence minister|GOV|
defense ministers|GOV|
defence ministers|GOV|
defense secretary|GOV|
defence secretary|GOV|
defense department|GOV|
department of defense|GOV|
interior ministry|GOV|
interior minister|GOV|
home office|GOV|
trade ministry|GOV|
economy ministry|GOV|
finance ministry|GOV|
finance minister|GOV|
commerce ministry|GOV|
industry ministry|GOV|
energy ministry|GOV|
justice ministry|GOV|
national security council|GOV|
national security adviser|GOV|
security council|GOV|a national one; the UN body is an actor
officials|GOV|unqualified officials are taken as government officials
government officials|GOV|
government sources|GOV|
government spokesman|GOV|
spokesman|GOV|
spokeswoman|GOV|
spokesperson|GOV|
authorities|GOV|
leader|GOV|
leaders|GOV|
king|GOV|
queen|GOV|
emperor|GOV|
emir|GOV|
sultan|GOV|
crown prince|GOV|
diplomats|GOV|
diplomat|GOV|
ambassador|GOV|
ambassadors|GOV|
embassy|GOV|
envoy|GOV|
envoys|GOV|
negotiators|GOV|
negotiator|GOV|
mediator|GOV|
mediators|GOV|
emissary|GOV|
aide|GOV|
aides|GOV|
adviser|GOV|
advisers|GOV|
advisor|GOV|
advisors|GOV|
representative|GOV|
representatives|GOV|
commissioner|GOV|
mayor|GOV|local government
mayors|GOV|local government
governor|GOV|local government
governors|GOV|local government
state media|MED|
military|MIL|
militaries|MIL|
military units|MIL|
military personnel|MIL|
military officials|MIL|
armed forces|MIL|
army|MIL|
navy|MIL|
air force|MIL|
marines|MIL|
troops|MIL|
soldiers|MIL|
forces|MIL|
defense forces|MIL|
defence forces|MIL|
special forces|MIL|
coast guard|MIL|
national guard|MIL|
general staff|MIL|
joint chiefs of staff|MIL|
commander|MIL|
commanders|MIL|
generals|MIL|
peacekeepers|MIL|
paratroopers|MIL|
service members|MIL|
warplanes|MIL|weapons platforms stand for the forces using them
fighter jets|MIL|
jets|MIL|
warships|MIL|
warplane|MIL|
fighter jet|MIL|
jet fighters|MIL|
fighter planes|MIL|
bombers|MIL|
military aircraft|MIL|
aircraft|MIL|in conflict reporting, "Russian aircraft" are the air force
helicopters|MIL|
helicopter gunships|MIL|
gunships|MIL|
attack helicopters|MIL|
drones|MIL|
drone|MIL|
military drones|MIL|
tanks|MIL|
tank|MIL|
armoured vehicles|MIL|
armored vehicles|MIL|
artillery|MIL|
gunboats|MIL|
submarines|MIL|
naval vessels|MIL|
junta|MIL|military government
police|COP|
police officers|COP|
policemen|COP|
riot police|COP|
security forces|COP|
border guards|COP|
gendarmerie|COP|
court|JUD|
courts|JUD|
supreme court|JUD|
constitutional court|JUD|
judge|JUD|
judges|JUD|
judiciary|JUD|
prosecutor|JUD|
prosecutors|JUD|
tribunal|JUD|
attorney general|JUD|
parliament|LEG|
legislature|LEG|
lawmakers|LEG|
legislators|LEG|
parliamentarians|LEG|
mps|LEG|
senate|LEG|
senators|LEG|
house of representatives|LEG|
national assembly|LEG|
congressional|LEG|
opposition|OPP|
opposition party|OPP|
opposition parties|OPP|
opposition leader|OPP|
dissidents|OPP|
rebels|REB|
rebel|REB|
insurgents|REB|
insurgent|REB|
insurgent groups|REB|
maoists|REB|
maoist rebels|REB|
militant|REB|
militant groups|REB|
guerrilla|REB|
extremists|RAD|CAMEO "RAD": radicals, extremists, fundamentalists
fundamentalists|RAD|
islamists|RAD|
ruling party|PTY|
governing party|PTY|
christian democrats|PTY|party families, longer than the religion word
christian democrat|PTY|
social democrats|PTY|
socialists|PTY|
militants|REB|
militia|REB|
militias|REB|
guerrillas|REB|
separatists|REB|
jihadists|REB|
gunmen|REB|
terrorists|REB|
armed groups|REB|
protesters|CVL|
protestors|CVL|
demonstrators|CVL|
civilians|CVL|
residents|CVL|
citizens|CVL|
villagers|CVL|
crowd|CVL|
crowds|CVL|
activists|CVL|
voters|CVL|
people|CVL|
media|MED|
journalists|MED|
journalist|MED|
reporters|MED|
newspaper|MED|
news agency|MED|
broadcaster|MED|
business|BUS|
businesses|BUS|
company|BUS|
companies|BUS|
firms|BUS|
corporation|BUS|
industry|BUS|
manufacturers|BUS|
manufacturer|BUS|
defense contractor|BUS|
defense contractors|BUS|
defense industry|BUS|
contractors|BUS|
investors|BUS|
exporters|BUS|
banks|BUS|
university|EDU|
universities|EDU|
students|EDU|
teachers|EDU|
academics|EDU|
scholars|EDU|
hospital|HLH|
hospitals|HLH|
doctors|HLH|
medics|HLH|
nurses|HLH|
health workers|HLH|
health ministry|HLH|
health officials|HLH|
refugees|REF|
asylum seekers|REF|
displaced people|REF|
migrants|REF|
ngo|NGO|
ngos|NGO|
non-governmental organization|NGO|
non-governmental organizations|NGO|
aid groups|NGO|
aid agencies|NGO|
aid workers|NGO|
charity|NGO|
charities|NGO|
human rights groups|NGO|
rights groups|NGO|
humanitarian groups|NGO|
intelligence|SPY|
intelligence agency|SPY|
intelligence agencies|SPY|
intelligence services|SPY|
intelligence officials|SPY|
spy agency|SPY|
spies|SPY|
secret service|SPY|
unions|LAB|
trade unions|LAB|
labor unions|LAB|
workers|LAB|
farmers|AGR|
clergy|REL|
clerics|REL|
church|REL|
imams|REL|
imam|REL|
cleric|REL|
archbishop|REL|
bishop|REL|
bishops|REL|
pope|REL|
patriarch|REL|
rabbi|REL|
rabbis|REL|
missionaries|REL|
missionary|REL|
criminals|CRM|
gangs|CRM|
cartel|CRM|
cartels|CRM|
drug traffickers|CRM|
smugglers|CRM|
pirates|CRM|
environmentalists|ENV|
official|GOV|singular: "a U.S. official said"
official media|MED|longer than "official": state outlets
official news agency|MED|
delegation|GOV|
counterpart|GOV|"met his Japanese counterpart": the same office in another state
counterparts|GOV|
delegations|GOV|
spokesmen|GOV|
dictator|GOV|
politician|PTY|
politicians|PTY|
ruler|GOV|
rulers|GOV|
prince|GOV|a royal; the crown prince is above
monarchy|GOV|
royal family|GOV|
consulate|GOV|
consul|GOV|
politburo|GOV|
presidency|GOV|
local authorities|GOV|
regional government|GOV|
city council|GOV|
state council|GOV|
foreign secretary|GOV|
home secretary|GOV|
home minister|GOV|
undersecretary|GOV|
under secretary|GOV|
bureaucrats|GOV|
soldier|MIL|
officer|MIL|
officers|MIL|
serviceman|MIL|
servicemen|MIL|
service member|MIL|
servicewomen|MIL|
infantry|MIL|
brigade|MIL|
brigades|MIL|
battalion|MIL|
battalions|MIL|
regiment|MIL|
garrison|MIL|
commandos|MIL|
reservists|MIL|
paratroops|MIL|
paramilitaries|MIL|
paramilitary forces|MIL|
naval forces|MIL|
ground forces|MIL|
air forces|MIL|
government forces|MIL|the state's armed forces, not the cabinet
government troops|MIL|
pro government forces|MIL|hyphens are no tokens: "pro-government"
pro government militia|MIL|
pro government militias|MIL|
warship|MIL|
frigate|MIL|
frigates|MIL|
destroyer|MIL|
destroyers|MIL|
aircraft carrier|MIL|
aircraft carriers|MIL|
colonel|MIL|
colonels|MIL|
lieutenant|MIL|
admiral|MIL|
admirals|MIL|
army chief|MIL|
army chiefs|MIL|
policeman|COP|
police officer|COP|
police chief|COP|
police chiefs|COP|
border police|COP|
border guard|COP|
border patrol|COP|
border patrol agents|COP|
prison guards|COP|
prison officials|COP|
prison authorities|COP|
detectives|COP|
security officers|COP|
security services|COP|
security force|COP|
paramilitary police|COP|
secret police|COP|
lawyer|JUD|
lawyers|JUD|
magistrate|JUD|
magistrates|JUD|
prosecution|JUD|
prosecutor general|JUD|
high court|JUD|
appeals court|JUD|
war crimes court|JUD|
war crimes tribunal|JUD|
lawmaker|LEG|
legislator|LEG|
senator|LEG|
congressman|LEG|
congressmen|LEG|
congresswoman|LEG|
parliamentarian|LEG|
mp|LEG|
parliament speaker|LEG|
members of parliament|LEG|
member of parliament|LEG|
anti government|OPP|"anti-government protesters" oppose, not govern
opposition groups|OPP|
opposition coalition|OPP|
opposition supporters|OPP|
opposition figures|OPP|
dissident|OPP|
defectors|OPP|
exiles|OPP|
reformists|OPP|
rioters|OPP|
rebel forces|REB|
rebel fighters|REB|
rebel groups|REB|
rebel group|REB|
guerilla|REB|
guerillas|REB|
gunman|REB|
militiamen|REB|
suicide bomber|REB|longer than "bomber": an attacker, not an air force
suicide bombers|REB|
suicide attacker|REB|
suicide attackers|REB|
armed group|REB|
terrorist|REB|
terror group|REB|
terrorist group|REB|
terrorist groups|REB|
separatist|REB|
secessionists|REB|
fighters|REB|armed fighters of a non-state force
combatants|REB|
mercenaries|REB|
assailants|REB|
attackers|REB|
radicals|RAD|
islamist|RAD|
nationalists|RAD|
youth|CVL|
youths|CVL|
young people|CVL|
children|CVL|
women|CVL|
settlers|CVL|
settler|CVL|
immigrants|CVL|
population|CVL|
passengers|CVL|
tourists|CVL|
victims|CVL|
mourners|CVL|
elders|CVL|tribal and traditional elders
prisoners|CVL|
detainees|CVL|
hostages|CVL|
supporters|CVL|a leader's or party's followers: "supporters of President X"
loyalists|CVL|
inhabitants|CVL|
locals|CVL|
demonstrator|CVL|
protester|CVL|
protestor|CVL|
activist|CVL|
rights activist|HRI|
rights activists|HRI|
human rights activist|HRI|
human rights activists|HRI|
television|MED|
tv|MED|
radio|MED|"Belgrade radio said"
state television|MED|
state radio|MED|
news agencies|MED|
newspapers|MED|
correspondent|MED|
correspondents|MED|
media outlets|MED|
bloggers|MED|
businessman|BUS|
businessmen|BUS|
businesspeople|BUS|
business leaders|BUS|
executives|BUS|
entrepreneurs|BUS|
merchants|BUS|
traders|BUS|
airline|BUS|
airlines|BUS|
oil companies|BUS|
central bank|BUS|
employers|BUS|
professor|EDU|
professors|EDU|
student|EDU|
school|EDU|
schools|EDU|
schoolchildren|EDU|
pupils|EDU|
intellectuals|EDU|
researchers|EDU|
scientists|EDU|
physicians|HLH|
surgeons|HLH|
paramedics|HLH|
medical workers|HLH|
health authorities|HLH|
internally displaced|REF|
displaced persons|REF|
returnees|REF|
asylum seeker|REF|
human rights group|NGO|alone, an organisation of no stated country: CAMEO NGO
human rights organization|NGO|
human rights organizations|NGO|
human rights organisation|NGO|
human rights organisations|NGO|
human rights watchdog|NGO|
rights group|NGO|
rights watchdog|NGO|
aid group|NGO|
aid agency|NGO|
aid organizations|NGO|
aid organisations|NGO|
relief agency|NGO|
relief agencies|NGO|
relief organizations|NGO|
humanitarian organization|NGO|
humanitarian organizations|NGO|
humanitarian organisation|NGO|
humanitarian organisations|NGO|
humanitarian agencies|NGO|
non-governmental organisation|NGO|
non-governmental organisations|NGO|
think tank|NGO|
spy|SPY|
intelligence service|SPY|
intelligence agents|SPY|
spy chief|SPY|
trade union|LAB|
labor union|LAB|
labour union|LAB|
labour unions|LAB|
union leaders|LAB|
strikers|LAB|
employees|LAB|
laborers|LAB|
labourers|LAB|
miners|LAB|
priest|REL|
priests|REL|
monks|REL|
pilgrims|REL|
worshippers|REL|
worshipers|REL|
religious leaders|REL|
peasants|AGR|
fishermen|AGR|
kidnappers|CRM|
abductors|CRM|
hijackers|CRM|
bandits|CRM|
gangsters|CRM|
mafia|CRM|
traffickers|CRM|
drug lords|CRM|
robbers|CRM|
hackers|CRM|cyber attackers: CAMEO has no own code
poachers|CRM|
environmental groups|ENV|
conservationists|ENV|
"""


# Names that are also ordinary English words: as written and never as a sentence's first
# word, where any word is capitalised ("Amnesty was granted to ...").
ORDINARY_WORDS = {"Amnesty", "Diet", "Quad", "Alphabet"}


def actor_rows() -> list[dict[str, str]]:
    rows = []
    seen: set[tuple[str, str]] = set()
    for entry in ACTORS:
        actor_id, name, code, iso3, sector, kind, aliases = entry[:7]
        start, end = (entry[7], entry[8]) if len(entry) > 7 else ("", "")
        forms = aliases.split("|")
        for alias in forms:
            # "the UN" would start a match before "UN Security Council" could
            if alias.startswith("the ") and alias[4:] in forms:
                continue
            if (alias.casefold(), actor_id) in seen:
                continue
            seen.add((alias.casefold(), actor_id))
            rows.append({
                "alias": alias, "actor_id": actor_id, "name": name, "cameo_code": code,
                "iso3": iso3, "sector": sector, "kind": kind, "start_date": start,
                "end_date": end, "case": _case(alias),
            })
    return rows


def _case(alias: str) -> str:
    if alias in ORDINARY_WORDS:
        return "word"
    if alias in EXACT_CASE or (alias.isupper() and len(alias) <= 5):
        return "exact"
    return "any"


def agent_rows() -> list[dict[str, str]]:
    rows = []
    for line in AGENTS.strip().splitlines():
        phrase, sector, notes = line.split("|")
        rows.append({"phrase": phrase, "sector": sector, "notes": notes})
    return rows


def generate(shared: Path) -> dict[str, int]:
    return {
        "actors": write_csv("actors", ACTOR_COLUMNS, actor_rows()),
        "agents": write_csv("agents", AGENT_COLUMNS, agent_rows()),
    }
