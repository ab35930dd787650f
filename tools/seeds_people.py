"""Generate seeds/people.csv: heads of state and government, foreign and defence ministers,
with the dates of each role.

Two parts:
- up to 2011, from CountryInfo.120116 (openeventdata/CountryInfo; rulers.org and the CIA
  World Leaders lists): <Leaders> (presidents, prime ministers, chancellors, monarchs) and
  the foreign/defence ministers of <Government>, for terms that end in 1980 or later;
- 2009 to 2025, curated below (public record) for the G20 members, Ukraine and other
  frequently reported states, plus heads of the UN, NATO and the EU (with an actor code).
An open end date means "in office at the last update of this table" (see seeds/README.md).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from seeds_common import cameo_to_iso3, write_csv
from seeds_countryinfo import read_countryinfo

COLUMNS = ("alias", "person_id", "name", "iso3", "sector", "role", "start_date", "end_date",
           "actor_code", "source")

# iso3|role|name|extra aliases (;)|start|end   (role: head_of_state, head_of_government,
# foreign_minister, defence_minister, igo_head:<CAMEO code>)
CURATED = """
USA|head_of_state|Jimmy Carter|President Carter|1977-01-20|1981-01-20
USA|head_of_state|Ronald Reagan|Reagan;President Reagan|1981-01-20|1989-01-20
SDN|head_of_state|Omar al-Bashir|Bashir;al-Bashir;Omar Hassan al-Bashir;Omar Hassan Ahmad al-Bashir|1989-06-30|2019-04-11
USA|head_of_state|George H. W. Bush|George H.W. Bush;George Bush Sr.|1989-01-20|1993-01-20
USA|head_of_state|Bill Clinton|Clinton;President Clinton;William Clinton|1993-01-20|2001-01-20
USA|head_of_state|George W. Bush|Bush;President Bush;George Bush|2001-01-20|2009-01-20
VEN|head_of_state|Hugo Chavez|Hugo Chávez;Chavez;Chávez|1999-02-02|2013-03-05
EGY|head_of_state|Hosni Mubarak|Mubarak|1981-10-14|2011-02-11
LBY|head_of_state|Muammar Gaddafi|Gaddafi;Qaddafi;Gadhafi;Moammar Gadhafi;Muammar al-Qaddafi|1969-09-01|2011-08-23
IRQ|head_of_state|Saddam Hussein|Saddam|1979-07-16|2003-04-09
USA|head_of_state|Barack Obama|Obama;President Obama|2009-01-20|2017-01-20
USA|head_of_state|Donald Trump|Trump;Donald J. Trump|2017-01-20|2021-01-20
USA|head_of_state|Joe Biden|Biden;Joseph Biden;Joseph R. Biden|2021-01-20|2025-01-20
USA|head_of_state|Donald Trump|Trump;Donald J. Trump|2025-01-20|
USA|foreign_minister|Hillary Clinton|Hillary Rodham Clinton|2009-01-21|2013-02-01
USA|foreign_minister|John Kerry||2013-02-01|2017-01-20
USA|foreign_minister|Rex Tillerson|Tillerson|2017-02-01|2018-03-31
USA|foreign_minister|Mike Pompeo|Pompeo|2018-04-26|2021-01-20
USA|foreign_minister|Antony Blinken|Blinken;Tony Blinken|2021-01-26|2025-01-20
USA|foreign_minister|Marco Rubio|Rubio|2025-01-21|
USA|defence_minister|Leon Panetta|Panetta|2011-07-01|2013-02-26
USA|defence_minister|Chuck Hagel|Hagel|2013-02-27|2017-01-20
USA|defence_minister|Jim Mattis|Mattis;James Mattis|2017-01-20|2019-01-01
USA|defence_minister|Mark Esper|Esper|2019-07-23|2020-11-09
USA|defence_minister|Lloyd Austin|Lloyd J. Austin;Lloyd J. Austin III|2021-01-22|2025-01-20
USA|defence_minister|Pete Hegseth|Hegseth|2025-01-25|
JPN|head_of_state|Akihito|Emperor Akihito|1989-01-07|2019-04-30
JPN|head_of_state|Naruhito|Emperor Naruhito|2019-05-01|
JPN|head_of_government|Yoshihiko Noda||2011-09-02|2012-12-26
JPN|head_of_government|Shinzo Abe|Shinzō Abe|2012-12-26|2020-09-16
JPN|head_of_government|Yoshihide Suga||2020-09-16|2021-10-04
JPN|head_of_government|Fumio Kishida|Kishida|2021-10-04|2024-10-01
JPN|head_of_government|Shigeru Ishiba|Ishiba|2024-10-01|2025-10-21
JPN|head_of_government|Sanae Takaichi|Takaichi|2025-10-21|
JPN|foreign_minister|Koichiro Gemba||2011-09-02|2012-12-26
JPN|foreign_minister|Fumio Kishida|Kishida|2012-12-26|2017-08-03
JPN|foreign_minister|Taro Kono|Tarō Kōno|2017-08-03|2019-09-11
JPN|foreign_minister|Toshimitsu Motegi|Motegi|2019-09-11|2021-11-04
JPN|foreign_minister|Yoshimasa Hayashi||2021-11-10|2023-09-13
JPN|foreign_minister|Yoko Kamikawa|Kamikawa|2023-09-13|2024-10-01
JPN|foreign_minister|Takeshi Iwaya|Iwaya|2024-10-01|2025-10-21
JPN|defence_minister|Itsunori Onodera|Onodera|2012-12-26|2014-09-03
JPN|defence_minister|Akinori Eto||2014-09-03|2014-12-24
JPN|defence_minister|Gen Nakatani|Nakatani|2014-12-24|2016-08-03
JPN|defence_minister|Tomomi Inada||2016-08-03|2017-07-28
JPN|defence_minister|Itsunori Onodera|Onodera|2017-08-03|2018-10-02
JPN|defence_minister|Takeshi Iwaya|Iwaya|2018-10-02|2019-09-11
JPN|defence_minister|Taro Kono|Tarō Kōno|2019-09-11|2020-09-16
JPN|defence_minister|Nobuo Kishi||2020-09-16|2022-08-10
JPN|defence_minister|Yasukazu Hamada||2022-08-10|2023-09-13
JPN|defence_minister|Minoru Kihara|Kihara|2023-09-13|2024-10-01
JPN|defence_minister|Gen Nakatani|Nakatani|2024-10-01|2025-10-21
CHN|head_of_state|Hu Jintao||2003-03-15|2013-03-14
CHN|head_of_state|Xi Jinping|Xi|2013-03-14|
CHN|head_of_government|Wen Jiabao||2003-03-16|2013-03-15
CHN|head_of_government|Li Keqiang||2013-03-15|2023-03-11
CHN|head_of_government|Li Qiang||2023-03-11|
CHN|foreign_minister|Yang Jiechi||2007-04-27|2013-03-16
CHN|foreign_minister|Wang Yi||2013-03-16|2022-12-30
CHN|foreign_minister|Qin Gang||2022-12-30|2023-07-25
CHN|foreign_minister|Wang Yi||2023-07-25|
CHN|defence_minister|Chang Wanquan||2013-03-16|2018-03-19
CHN|defence_minister|Wei Fenghe||2018-03-19|2023-03-12
CHN|defence_minister|Li Shangfu||2023-03-12|2023-10-24
CHN|defence_minister|Dong Jun||2023-12-29|
RUS|head_of_state|Vladimir Putin|Putin;Vladimir Vladimirovich Putin|2000-05-07|2008-05-07
RUS|head_of_government|Vladimir Putin|Putin|2008-05-08|2012-05-07
RUS|head_of_state|Vladimir Putin|Putin|2012-05-07|
RUS|head_of_state|Dmitry Medvedev|Medvedev;Dmitri Medvedev|2008-05-07|2012-05-07
RUS|head_of_government|Dmitry Medvedev|Medvedev;Dmitri Medvedev|2012-05-08|2020-01-16
RUS|head_of_government|Mikhail Mishustin|Mishustin|2020-01-16|
RUS|foreign_minister|Sergei Lavrov|Lavrov;Sergey Lavrov|2004-03-09|
RUS|defence_minister|Anatoly Serdyukov||2007-02-15|2012-11-06
RUS|defence_minister|Sergei Shoigu|Shoigu;Sergey Shoigu|2012-11-06|2024-05-12
RUS|defence_minister|Andrei Belousov|Belousov;Andrey Belousov|2024-05-14|
UKR|head_of_state|Viktor Yanukovych|Yanukovych|2010-02-25|2014-02-22
UKR|head_of_state|Petro Poroshenko|Poroshenko|2014-06-07|2019-05-20
UKR|head_of_state|Volodymyr Zelensky|Zelensky;Zelenskyy;Volodymyr Zelenskyy;Zelenskiy;Volodymyr Zelenskiy|2019-05-20|
UKR|head_of_government|Arseniy Yatsenyuk|Yatsenyuk|2014-02-27|2016-04-14
UKR|head_of_government|Volodymyr Groysman|Groysman|2016-04-14|2019-08-29
UKR|head_of_government|Oleksiy Honcharuk|Honcharuk|2019-08-29|2020-03-04
UKR|head_of_government|Denys Shmyhal|Shmyhal|2020-03-04|2025-07-17
UKR|head_of_government|Yulia Svyrydenko|Svyrydenko|2025-07-17|
UKR|foreign_minister|Pavlo Klimkin|Klimkin|2014-06-19|2019-08-29
UKR|foreign_minister|Vadym Prystaiko|Prystaiko|2019-08-29|2020-03-04
UKR|foreign_minister|Dmytro Kuleba|Kuleba|2020-03-04|2024-09-05
UKR|foreign_minister|Andrii Sybiha|Sybiha;Andriy Sybiha|2024-09-05|
UKR|defence_minister|Stepan Poltorak|Poltorak|2014-10-14|2019-08-29
UKR|defence_minister|Andriy Taran||2020-03-04|2021-11-03
UKR|defence_minister|Oleksii Reznikov|Reznikov;Oleksiy Reznikov|2021-11-04|2023-09-06
UKR|defence_minister|Rustem Umerov|Umerov|2023-09-06|2025-07-17
UKR|defence_minister|Denys Shmyhal|Shmyhal|2025-07-17|
GBR|head_of_state|Elizabeth II|Queen Elizabeth;Queen Elizabeth II|1952-02-06|2022-09-08
GBR|head_of_state|Charles III|King Charles;King Charles III|2022-09-08|
GBR|head_of_government|Tony Blair|Blair|1997-05-02|2007-06-27
GBR|head_of_government|David Cameron|Cameron|2010-05-11|2016-07-13
GBR|head_of_government|Theresa May||2016-07-13|2019-07-24
GBR|head_of_government|Boris Johnson||2019-07-24|2022-09-06
GBR|head_of_government|Liz Truss|Truss|2022-09-06|2022-10-25
GBR|head_of_government|Rishi Sunak|Sunak|2022-10-25|2024-07-05
GBR|head_of_government|Keir Starmer|Starmer|2024-07-05|
GBR|foreign_minister|William Hague||2010-05-12|2014-07-14
GBR|foreign_minister|Philip Hammond||2014-07-15|2016-07-13
GBR|foreign_minister|Boris Johnson||2016-07-13|2018-07-09
GBR|foreign_minister|Jeremy Hunt||2018-07-09|2019-07-24
GBR|foreign_minister|Dominic Raab||2019-07-24|2021-09-15
GBR|foreign_minister|Liz Truss|Truss|2021-09-15|2022-09-06
GBR|foreign_minister|James Cleverly||2022-09-06|2023-11-13
GBR|foreign_minister|David Cameron|Cameron|2023-11-13|2024-07-05
GBR|foreign_minister|David Lammy|Lammy|2024-07-05|2025-09-05
GBR|foreign_minister|Yvette Cooper||2025-09-05|
GBR|defence_minister|Michael Fallon||2014-07-15|2017-11-01
GBR|defence_minister|Gavin Williamson||2017-11-02|2019-05-01
GBR|defence_minister|Penny Mordaunt||2019-05-01|2019-07-24
GBR|defence_minister|Ben Wallace||2019-07-24|2023-08-31
GBR|defence_minister|Grant Shapps||2023-08-31|2024-07-05
GBR|defence_minister|John Healey||2024-07-05|
FRA|head_of_state|Nicolas Sarkozy|Sarkozy|2007-05-16|2012-05-15
FRA|head_of_state|François Hollande|Hollande;Francois Hollande|2012-05-15|2017-05-14
FRA|head_of_state|Emmanuel Macron|Macron|2017-05-14|
FRA|head_of_government|Édouard Philippe|Edouard Philippe|2017-05-15|2020-07-03
FRA|head_of_government|Jean Castex||2020-07-03|2022-05-16
FRA|head_of_government|Élisabeth Borne|Elisabeth Borne|2022-05-16|2024-01-09
FRA|head_of_government|Gabriel Attal||2024-01-09|2024-09-05
FRA|head_of_government|Michel Barnier||2024-09-05|2024-12-13
FRA|head_of_government|François Bayrou|Francois Bayrou|2024-12-13|2025-09-09
FRA|head_of_government|Sébastien Lecornu|Sebastien Lecornu|2025-09-09|
FRA|foreign_minister|Jean-Yves Le Drian|Le Drian|2017-05-17|2022-05-20
FRA|foreign_minister|Catherine Colonna||2022-05-20|2024-01-11
FRA|foreign_minister|Stéphane Séjourné|Stephane Sejourne|2024-01-11|2024-09-21
FRA|foreign_minister|Jean-Noël Barrot|Jean-Noel Barrot|2024-09-21|
FRA|defence_minister|Florence Parly||2017-06-21|2022-05-20
FRA|defence_minister|Sébastien Lecornu|Sebastien Lecornu|2022-05-20|2025-09-09
DEU|head_of_government|Angela Merkel|Merkel|2005-11-22|2021-12-08
DEU|head_of_government|Olaf Scholz|Scholz|2021-12-08|2025-05-06
DEU|head_of_government|Friedrich Merz|Merz|2025-05-06|
DEU|head_of_state|Frank-Walter Steinmeier|Steinmeier|2017-03-19|
DEU|foreign_minister|Heiko Maas||2018-03-14|2021-12-08
DEU|foreign_minister|Annalena Baerbock|Baerbock|2021-12-08|2025-05-06
DEU|foreign_minister|Johann Wadephul|Wadephul|2025-05-06|
DEU|defence_minister|Ursula von der Leyen||2013-12-17|2019-07-17
DEU|defence_minister|Annegret Kramp-Karrenbauer|Kramp-Karrenbauer|2019-07-17|2021-12-08
DEU|defence_minister|Christine Lambrecht||2021-12-08|2023-01-19
DEU|defence_minister|Boris Pistorius|Pistorius|2023-01-19|
KOR|head_of_state|Park Geun-hye||2013-02-25|2017-03-10
KOR|head_of_state|Moon Jae-in||2017-05-10|2022-05-10
KOR|head_of_state|Yoon Suk Yeol|Yoon Suk-yeol;Yoon|2022-05-10|2025-04-04
KOR|head_of_state|Lee Jae-myung|Lee Jae Myung|2025-06-04|
KOR|foreign_minister|Kang Kyung-wha||2017-06-18|2021-02-08
KOR|foreign_minister|Chung Eui-yong||2021-02-09|2022-05-11
KOR|foreign_minister|Park Jin||2022-05-12|2024-01-10
KOR|foreign_minister|Cho Tae-yul||2024-01-12|2025-06-04
KOR|defence_minister|Lee Jong-sup||2022-05-10|2023-10-07
KOR|defence_minister|Shin Won-sik||2023-10-07|2024-09-06
KOR|defence_minister|Kim Yong-hyun||2024-09-06|2024-12-05
PRK|head_of_state|Kim Jong Il|Kim Jong-il|1994-07-08|2011-12-17
PRK|head_of_state|Kim Jong Un|Kim Jong-un|2011-12-17|
IND|head_of_government|Manmohan Singh||2004-05-22|2014-05-26
IND|head_of_government|Narendra Modi|Modi|2014-05-26|
IND|head_of_state|Ram Nath Kovind||2017-07-25|2022-07-25
IND|head_of_state|Droupadi Murmu||2022-07-25|
IND|foreign_minister|Sushma Swaraj||2014-05-26|2019-05-30
IND|foreign_minister|Subrahmanyam Jaishankar|S. Jaishankar;Jaishankar|2019-05-30|
IND|defence_minister|Nirmala Sitharaman||2017-09-03|2019-05-30
IND|defence_minister|Rajnath Singh||2019-05-31|
TUR|head_of_government|Recep Tayyip Erdoğan|Erdogan;Erdoğan;Recep Tayyip Erdogan|2003-03-14|2014-08-28
TUR|head_of_state|Recep Tayyip Erdoğan|Erdogan;Erdoğan;Recep Tayyip Erdogan|2014-08-28|
TUR|foreign_minister|Mevlüt Çavuşoğlu|Mevlut Cavusoglu;Cavusoglu|2015-11-24|2023-06-04
TUR|foreign_minister|Hakan Fidan|Fidan|2023-06-04|
TUR|defence_minister|Hulusi Akar||2018-07-10|2023-06-04
TUR|defence_minister|Yaşar Güler|Yasar Guler|2023-06-04|
ISR|head_of_government|Benjamin Netanyahu|Netanyahu;Bibi Netanyahu|2009-03-31|2021-06-13
ISR|head_of_government|Naftali Bennett||2021-06-13|2022-06-30
ISR|head_of_government|Yair Lapid|Lapid|2022-07-01|2022-12-29
ISR|head_of_government|Benjamin Netanyahu|Netanyahu;Bibi Netanyahu|2022-12-29|
ISR|head_of_state|Isaac Herzog|Herzog|2021-07-07|
ISR|defence_minister|Benny Gantz|Gantz|2020-05-17|2022-12-29
ISR|defence_minister|Yoav Gallant|Gallant|2022-12-29|2024-11-05
ISR|defence_minister|Israel Katz||2024-11-05|
ISR|foreign_minister|Eli Cohen||2022-12-29|2024-01-01
ISR|foreign_minister|Israel Katz||2024-01-01|2024-11-05
ISR|foreign_minister|Gideon Sa'ar|Gideon Saar|2024-11-05|
ITA|head_of_state|Sergio Mattarella|Mattarella|2015-02-03|
ITA|head_of_government|Giuseppe Conte||2018-06-01|2021-02-13
ITA|head_of_government|Mario Draghi|Draghi|2021-02-13|2022-10-22
ITA|head_of_government|Giorgia Meloni|Meloni|2022-10-22|
ITA|foreign_minister|Luigi Di Maio||2019-09-05|2022-10-22
ITA|foreign_minister|Antonio Tajani|Tajani|2022-10-22|
ITA|defence_minister|Lorenzo Guerini||2019-09-05|2022-10-22
ITA|defence_minister|Guido Crosetto|Crosetto|2022-10-22|
CAN|head_of_government|Stephen Harper||2006-02-06|2015-11-04
CAN|head_of_government|Justin Trudeau|Trudeau|2015-11-04|2025-03-14
CAN|head_of_government|Mark Carney|Carney|2025-03-14|
CAN|foreign_minister|Mélanie Joly|Melanie Joly|2021-10-26|2025-05-13
CAN|foreign_minister|Anita Anand||2025-05-13|
CAN|defence_minister|Anita Anand||2021-10-26|2023-07-26
CAN|defence_minister|Bill Blair||2023-07-26|2025-05-13
CAN|defence_minister|David McGuinty||2025-05-13|
AUS|head_of_government|Malcolm Turnbull||2015-09-15|2018-08-24
AUS|head_of_government|Scott Morrison||2018-08-24|2022-05-23
AUS|head_of_government|Anthony Albanese|Albanese|2022-05-23|
AUS|foreign_minister|Marise Payne||2018-08-26|2022-05-23
AUS|foreign_minister|Penny Wong||2022-05-23|
AUS|defence_minister|Peter Dutton||2021-03-30|2022-05-23
AUS|defence_minister|Richard Marles|Marles|2022-06-01|
BRA|head_of_state|Luiz Inácio Lula da Silva|Lula;Lula da Silva;Luiz Inacio Lula da Silva|2003-01-01|2011-01-01
BRA|head_of_state|Dilma Rousseff|Rousseff|2011-01-01|2016-08-31
BRA|head_of_state|Michel Temer||2016-08-31|2019-01-01
BRA|head_of_state|Jair Bolsonaro|Bolsonaro|2019-01-01|2023-01-01
BRA|head_of_state|Luiz Inácio Lula da Silva|Lula;Lula da Silva;Luiz Inacio Lula da Silva|2023-01-01|
ARG|head_of_state|Mauricio Macri||2015-12-10|2019-12-10
ARG|head_of_state|Alberto Fernández|Alberto Fernandez|2019-12-10|2023-12-10
ARG|head_of_state|Javier Milei|Milei|2023-12-10|
MEX|head_of_state|Enrique Peña Nieto|Enrique Pena Nieto;Pena Nieto|2012-12-01|2018-11-30
MEX|head_of_state|Andrés Manuel López Obrador|Andres Manuel Lopez Obrador;Lopez Obrador;López Obrador;AMLO|2018-12-01|2024-10-01
MEX|head_of_state|Claudia Sheinbaum|Sheinbaum|2024-10-01|
IDN|head_of_state|Joko Widodo|Jokowi|2014-10-20|2024-10-20
IDN|head_of_state|Prabowo Subianto|Prabowo|2024-10-20|
IDN|defence_minister|Prabowo Subianto|Prabowo|2019-10-23|2024-10-20
SAU|head_of_state|Salman bin Abdulaziz|King Salman|2015-01-23|
SAU|head_of_government|Mohammed bin Salman|MBS|2022-09-27|
SAU|foreign_minister|Faisal bin Farhan||2019-10-23|
ZAF|head_of_state|Jacob Zuma||2009-05-09|2018-02-14
ZAF|head_of_state|Cyril Ramaphosa|Ramaphosa|2018-02-15|
IRN|head_of_state|Ali Khamenei|Khamenei;Ayatollah Khamenei;Ayatollah Ali Khamenei|1989-06-04|
IRN|head_of_government|Hassan Rouhani|Rouhani|2013-08-03|2021-08-03
IRN|head_of_government|Ebrahim Raisi|Raisi|2021-08-03|2024-05-19
IRN|head_of_government|Masoud Pezeshkian|Pezeshkian|2024-07-28|
IRN|foreign_minister|Mohammad Javad Zarif|Javad Zarif|2013-08-15|2021-08-25
IRN|foreign_minister|Hossein Amir-Abdollahian|Amir-Abdollahian|2021-08-25|2024-05-19
IRN|foreign_minister|Abbas Araghchi|Araghchi|2024-08-21|
TWN|head_of_state|Tsai Ing-wen||2016-05-20|2024-05-20
TWN|head_of_state|Lai Ching-te||2024-05-20|
POL|head_of_state|Andrzej Duda|Duda|2015-08-06|2025-08-06
POL|head_of_state|Karol Nawrocki|Nawrocki|2025-08-06|
POL|head_of_government|Mateusz Morawiecki|Morawiecki|2017-12-11|2023-12-13
POL|head_of_government|Donald Tusk|Tusk|2023-12-13|
PSE|head_of_state|Mahmoud Abbas||2005-01-15|
EGY|head_of_state|Abdel Fattah el-Sisi|Sisi;el-Sisi;Abdel Fattah al-Sisi|2014-06-08|
SYR|head_of_state|Bashar al-Assad|Assad;Bashar Assad|2000-07-17|2024-12-08
SYR|head_of_state|Ahmed al-Sharaa|al-Sharaa|2025-01-29|
BLR|head_of_state|Alexander Lukashenko|Lukashenko|1994-07-20|
HUN|head_of_government|Viktor Orbán|Orban;Orbán;Viktor Orban|2010-05-29|
PAK|head_of_government|Imran Khan||2018-08-18|2022-04-10
PAK|head_of_government|Shehbaz Sharif||2022-04-11|2023-08-14
PAK|head_of_government|Shehbaz Sharif||2024-03-04|
VEN|head_of_state|Nicolás Maduro|Maduro;Nicolas Maduro|2013-04-19|
NLD|head_of_government|Mark Rutte|Rutte|2010-10-14|2024-07-02
BRA|foreign_minister|Mauro Vieira||2023-01-01|
BRA|defence_minister|José Múcio|Jose Mucio;José Múcio Monteiro|2023-01-01|
ARG|foreign_minister|Diana Mondino||2023-12-10|2024-10-30
MEX|foreign_minister|Marcelo Ebrard|Ebrard|2018-12-01|2023-06-12
MEX|foreign_minister|Alicia Bárcena|Alicia Barcena|2023-07-03|2024-09-30
MEX|foreign_minister|Juan Ramón de la Fuente|Juan Ramon de la Fuente|2024-10-01|
ZAF|foreign_minister|Naledi Pandor||2019-05-30|2024-07-03
ZAF|foreign_minister|Ronald Lamola||2024-07-03|
ZAF|defence_minister|Thandi Modise||2021-08-05|2024-07-03
ZAF|defence_minister|Angie Motshekga||2024-07-03|
IDN|foreign_minister|Retno Marsudi||2014-10-27|2024-10-21
IDN|foreign_minister|Sugiono||2024-10-21|
IDN|defence_minister|Sjafrie Sjamsoeddin||2024-10-21|
SAU|defence_minister|Khalid bin Salman||2022-09-27|
AUS|foreign_minister|Julie Bishop||2013-09-18|2018-08-26
QAT|head_of_state|Tamim bin Hamad Al Thani|Sheikh Tamim;Emir Tamim|2013-06-25|
ARE|head_of_state|Mohamed bin Zayed|Mohamed bin Zayed Al Nahyan;MBZ|2022-05-14|
JOR|head_of_state|Abdullah II|King Abdullah II;King Abdullah|1999-02-07|
ETH|head_of_government|Abiy Ahmed|Abiy|2018-04-02|
AFG|head_of_state|Ashraf Ghani|Ghani|2014-09-29|2021-08-15
AFG|head_of_state|Hibatullah Akhundzada|Akhundzada|2021-08-15|
IRQ|head_of_government|Mohammed Shia al-Sudani|al-Sudani|2022-10-27|
LBN|head_of_state|Joseph Aoun||2025-01-09|
NGA|head_of_state|Bola Tinubu|Tinubu|2023-05-29|
NGA|head_of_state|Muhammadu Buhari|Buhari|2015-05-29|2023-05-29
KEN|head_of_state|William Ruto|Ruto|2022-09-13|
PHL|head_of_state|Rodrigo Duterte|Duterte|2016-06-30|2022-06-30
PHL|head_of_state|Ferdinand Marcos Jr.|Bongbong Marcos;Ferdinand Marcos Jr|2022-06-30|
MMR|head_of_state|Min Aung Hlaing||2021-02-01|
SDN|head_of_state|Abdel Fattah al-Burhan|al-Burhan;Burhan|2019-08-21|
|igo_head:IGOWSTNAT|Jens Stoltenberg|Stoltenberg|2014-10-01|2024-10-01
|igo_head:IGOWSTNAT|Mark Rutte|Rutte|2024-10-01|
|igo_head:IGOUNO|Ban Ki-moon||2007-01-01|2016-12-31
|igo_head:IGOUNO|António Guterres|Antonio Guterres;Guterres|2017-01-01|
|igo_head:IGOEUREEC|Ursula von der Leyen|von der Leyen|2019-12-01|
|igo_head:IGOEUREEC|Josep Borrell|Borrell|2019-12-01|2024-11-30
|igo_head:IGOEUREEC|Kaja Kallas|Kallas|2024-12-01|
|igo_head:IGOEUREEC|Charles Michel||2019-12-01|2024-11-30
|igo_head:IGOEUREEC|António Costa|Antonio Costa|2024-12-01|
|igo_head:IGOUNO|Kurt Waldheim||1972-01-01|1981-12-31
|igo_head:IGOUNO|Javier Pérez de Cuéllar|Javier Perez de Cuellar;Perez de Cuellar;Pérez de Cuéllar|1982-01-01|1991-12-31
|igo_head:IGOUNO|Boutros Boutros-Ghali|Boutros-Ghali;Boutros Boutros Ghali|1992-01-01|1996-12-31
|igo_head:IGOUNO|Kofi Annan|Annan;Kofi A. Annan|1997-01-01|2006-12-31
|igo_head:IGOWSTNAT|Manfred Wörner|Manfred Woerner;Woerner|1988-07-01|1994-08-13
|igo_head:IGOWSTNAT|Willy Claes||1994-10-17|1995-10-20
|igo_head:IGOWSTNAT|Javier Solana|Solana|1995-12-05|1999-10-06
|igo_head:IGOEUREEC|Javier Solana|Solana|1999-10-18|2009-11-30
|igo_head:IGOWSTNAT|George Robertson|Lord Robertson|1999-10-14|2003-12-17
|igo_head:IGOWSTNAT|Jaap de Hoop Scheffer|de Hoop Scheffer|2004-01-01|2009-07-31
|igo_head:IGOWSTNAT|Anders Fogh Rasmussen|Fogh Rasmussen|2009-08-01|2014-09-30
|igo_head:IGOEUREEC|Catherine Ashton||2009-12-01|2014-10-31
|igo_head:IGOEUREEC|Federica Mogherini|Mogherini|2014-11-01|2019-11-30
|igo_head:IGOEUREEC|Jacques Delors|Delors|1985-01-07|1995-01-22
|igo_head:IGOEUREEC|Romano Prodi|Prodi|1999-09-16|2004-11-21
|igo_head:IGOEUREEC|José Manuel Barroso|Jose Manuel Barroso;Barroso|2004-11-22|2014-10-31
|igo_head:IGOEUREEC|Jean-Claude Juncker|Juncker|2014-11-01|2019-11-30
|igo_head:IGOEUREEC|Donald Tusk||2014-12-01|2019-11-30
|igo_head:IGOEUREEC|Herman Van Rompuy|Van Rompuy|2009-12-01|2014-11-30
|igo_head:IGOMEAARL|Amr Moussa||2001-05-15|2011-07-01
|igo_head:IGOMEAARL|Nabil Elaraby|Nabil al-Araby;Elaraby|2011-07-01|2016-07-03
|igo_head:IGOMEAARL|Ahmed Aboul Gheit|Aboul Gheit|2016-07-03|
|igo_head:IGOAFRAFU|Jean Ping||2008-04-28|2012-10-15
|igo_head:IGOAFRAFU|Nkosazana Dlamini-Zuma|Dlamini-Zuma|2012-10-15|2017-01-30
|igo_head:IGOAFRAFU|Moussa Faki|Moussa Faki Mahamat|2017-03-14|2025-02-15
|igo_head:IGOUNOIAE|Mohamed ElBaradei|ElBaradei;Mohamed El Baradei|1997-12-01|2009-11-30
|igo_head:IGOUNOIAE|Yukiya Amano|Amano|2009-12-01|2019-07-18
|igo_head:IGOUNOIAE|Rafael Grossi|Rafael Mariano Grossi|2019-12-03|
|igo_head:IGOUNOIAE|Hans Blix||1981-12-01|1997-11-30
|igo_head:IGOUNOHLHWHO|Tedros Adhanom Ghebreyesus|Tedros Adhanom;Tedros|2017-07-01|
|igo_head:IGOJUDICC|Luis Moreno Ocampo|Moreno Ocampo;Luis Moreno-Ocampo|2003-06-16|2012-06-15
|igo_head:IGOJUDICC|Fatou Bensouda|Bensouda|2012-06-16|2021-06-15
|igo_head:IGOJUDICC|Karim Khan|Karim A. A. Khan|2021-06-16|
|igo_head:IGOUNOJUD|Carla Del Ponte|Carla del Ponte;Del Ponte|1999-09-15|2007-12-31
|igo_head:IGOUNOJUD|Louise Arbour||1996-10-01|1999-09-15
"""

# CountryInfo <Leaders> sub-tags that name heads of state / government.
HEAD_TITLES = {
    "presidents": "head_of_state", "president": "head_of_state", "kings": "head_of_state",
    "emperors/empresses": "head_of_state", "heads of state": "head_of_state",
    "queens": "head_of_state", "emirs": "head_of_state", "sultans": "head_of_state",
    "prime ministers": "head_of_government", "premiers": "head_of_government",
    "chancellors": "head_of_government",
}
SINCE = date(1980, 1, 1)


def slug(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def person_name(upper: str) -> str:
    """'RECEP TAYYIP ERDOGAN' -> 'Recep Tayyip Erdogan'; 'JEAN-MARC AYRAULT' -> 'Jean-Marc Ayrault'."""
    parts = []
    for word in upper.lower().split():
        parts.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(parts).replace(" Of ", " of ").replace(" Bin ", " bin ").replace(" Al ", " al ")


def _row(alias, name, iso3, role, start, end, source, actor_code=""):
    return {
        "alias": alias, "person_id": f"{slug(name)}-{(iso3 or actor_code).lower()}", "name": name,
        "iso3": iso3, "sector": "GOV" if iso3 else "", "role": role,
        "start_date": start.isoformat() if isinstance(start, date) else start,
        "end_date": end.isoformat() if isinstance(end, date) else end,
        "actor_code": actor_code, "source": source,
    }


def curated_rows() -> list[dict[str, str]]:
    rows = []
    for line in CURATED.strip().splitlines():
        iso3, role, name, extra, start, end = line.split("|")
        actor_code = ""
        if role.startswith("igo_head:"):
            role, actor_code = role.split(":")
        for alias in [name, *filter(None, extra.split(";"))]:
            rows.append(_row(alias, name, iso3, role, start, end, "curated", actor_code))
    return rows


def countryinfo_rows(shared: Path, known: set[tuple[str, str]]) -> list[dict[str, str]]:
    """Leaders and foreign/defence ministers from CountryInfo with terms ending 1980 or later."""
    rows = []
    seen: set[tuple] = set()
    by_cameo = cameo_to_iso3()
    for block in read_countryinfo(shared / "countries" / "CountryInfo.120116.txt"):
        # CountryInfo is keyed by CAMEO codes (TMP for East Timor); territories are skipped
        iso3 = by_cameo.get(block.code, "") if re.fullmatch(r"[A-Z]{3}", block.code) else ""
        if not iso3:
            continue
        for holder in block.holders:
            for term in holder.terms:
                role = _role(holder, term)
                if role is None or (term.end is not None and term.end < SINCE):
                    continue
                names = [person_name(n) for n in holder.names]
                # a single word ("Suharto", "Akihito") is too easily an ordinary word
                names = [n for n in names if " " in n]
                if not names or (slug(names[0]), iso3) in known:
                    continue
                start = term.start or ""
                end = term.end or ""
                for alias in names:
                    key = (alias, iso3, role, start, end)
                    if key not in seen:
                        seen.add(key)
                        rows.append(_row(alias, names[0], iso3, role, start, end, "countryinfo"))
    return rows


def _role(holder, term) -> str | None:
    if holder.section == "leaders":
        return HEAD_TITLES.get(holder.title.strip().lower())
    title = holder.title.lower()
    code = term.code or ""
    if "foreign" in title and code.endswith("GOV") and len(code) == 6:
        return "foreign_minister"
    if ("defense" in title or "defence" in title) and code.endswith("GOVMIL"):
        return "defence_minister"
    return None


def generate(shared: Path) -> dict[str, int]:
    curated = curated_rows()
    known = {(slug(r["name"]), r["iso3"]) for r in curated}
    rows = curated + countryinfo_rows(shared, known)
    return {"people": write_csv("people", COLUMNS, rows)}
