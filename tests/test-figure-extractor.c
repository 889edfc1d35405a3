/* test-figure-extractor.c
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "px-test-utils.h"

#define NONE NAN

/* One expression and what a reader takes from it. @text is the figure as
 * written (qualifier and number); NULL means the sentence holds no quantity.
 */
typedef struct
{
  const char *lang;
  const char *input;
  const char *text;
  double      low;
  double      high;
  const char *qualifier;
  const char *unit;
} Case;

static const Case cases[] = {
  /* German digits in both conventions */
  { "de", "Es kamen 10.000 Menschen.", "10.000", 10000, 10000, "exact", "mensch" },
  { "de", "Es kamen 10 000 Menschen.", "10 000", 10000, 10000, "exact", "mensch" },
  { "de", "Es kamen 10\u202f000 Menschen.", "10\u202f000", 10000, 10000, "exact", "mensch" },
  { "de", "Es kamen 10\u00a0000 Menschen.", "10\u00a0000", 10000, 10000, "exact", "mensch" },
  { "de", "Es kamen 10,000 Soldaten.", "10,000", 10000, 10000, "exact", "soldat" },
  { "de", "Der Pegel stieg auf 7,34 Meter.", "7,34", 7.34, 7.34, "exact", "m" },
  { "de", "Die Anlage kostete 1,5 Millionen Euro.", "1,5 Millionen", 1.5e6, 1.5e6, "exact", "EUR" },
  { "de", "Das Gebiet umfasst 2.400 Hektar.", "2.400", 2400, 2400, "exact", "ha" },
  { "de", "Insgesamt 1.250.000 Stimmen wurden gezählt.", "1.250.000", 1250000, 1250000, "exact", "stimm" },
  { "de", "Die Strecke ist 2,5 km lang.", "2,5", 2.5, 2.5, "exact", "km" },
  { "de", "Die Strecke ist 300km lang.", "300km", 300, 300, "exact", "km" },
  { "de", "Es fielen 12,5 Millimeter Regen.", "12,5", 12.5, 12.5, "exact", "mm" },
  { "de", "Die Inflation lag bei 2,3 Prozent.", "2,3", 2.3, 2.3, "exact", "%" },
  { "de", "Die Inflation lag bei 2,3 %.", "2,3", 2.3, 2.3, "exact", "%" },
  { "de", "Die Zustimmung sank um 4 Prozentpunkte.", "4", 4, 4, "exact", "pp" },
  { "de", "Der Konzern verdiente 1,2 Mrd. Euro.", "1,2 Mrd.", 1.2e9, 1.2e9, "exact", "EUR" },
  { "de", "Der Konzern verdiente 3 Mio. Euro.", "3 Mio.", 3e6, 3e6, "exact", "EUR" },
  { "de", "Der Schaden beträgt 2,5 Millionen Euro.", "2,5 Millionen", 2.5e6, 2.5e6, "exact", "EUR" },
  { "de", "Geliefert wurden 40 Tonnen Hilfsgüter.", "40", 40, 40, "exact", "t" },
  { "de", "Der Zug braucht 24 Stunden.", "24", 24, 24, "exact", "hour" },
  { "de", "Die Waffenruhe gilt für 30 Tage.", "30", 30, 30, "exact", "day" },
  { "de", "Die Verhandlungen dauerten 14 Wochen.", "14", 14, 14, "exact", "week" },
  { "de", "Er saß 12 Jahre in Haft.", "12", 12, 12, "exact", "year" },
  { "de", "Die Sitzung dauerte 45 Minuten.", "45", 45, 45, "exact", "minute" },
  { "de", "Das kostet 30 €.", "30", 30, 30, "exact", "EUR" },
  { "de", "Das kostet €30.", "€30", 30, 30, "exact", "EUR" },
  { "de", "Die Hilfe umfasst 500 Millionen US-Dollar.", "500 Millionen", 5e8, 5e8, "exact", "USD" },
  { "de", "Die Hilfe umfasst 500 Millionen Dollar.", "500 Millionen", 5e8, 5e8, "exact", "USD" },
  { "de", "Es waren 2000 Soldaten im Einsatz.", "2000", 2000, 2000, "exact", "soldat" },
  { "de", "Die Temperatur erreichte 38 Grad.", "38", 38, 38, "exact", "°C" },
  { "de", "Es wurden 3,2 Milliarden Euro bewilligt.", "3,2 Milliarden", 3.2e9, 3.2e9, "exact", "EUR" },
  { "de", "Der Staudamm ist 120 Meter hoch.", "120", 120, 120, "exact", "m" },
  { "de", "Der Wasserstand sank um 30 Zentimeter.", "30", 30, 30, "exact", "cm" },
  { "de", "Das Lager bietet 900 Feldbetten.", "900", 900, 900, "exact", "feldbett" },
  { "de", "Seine 240 Milchkühe stehen im Stall.", "240", 240, 240, "exact", "milchkuh" },
  { "de", "Das Gelände misst 15 Quadratkilometer.", "15", 15, 15, "exact", "km²" },
  { "de", "Die Fläche beträgt 80 Quadratmeter.", "80", 80, 80, "exact", "m²" },
  { "de", "Es wurden 5 Kilogramm Sprengstoff gefunden.", "5", 5, 5, "exact", "kg" },
  { "de", "Der Tank fasst 500 Liter.", "500", 500, 500, "exact", "l" },
  { "de", "Der Hurrikan zog 200 Meilen weiter.", "200", 200, 200, "exact", "mi" },

  /* German counted nouns and units in every case and number: a grouped
   * number before a noun in -e, -en, -n, -s, -er, -ern, and the inflected
   * forms of a unit (dative plural, genitive).
   */
  { "de", "Die Fähre brachte 50.000 Reisende über den Fluss.", "50.000", 50000, 50000, "exact", "reisend" },
  { "de", "Die Gewerkschaft sprach von 8.000 Streikenden.", "8.000", 8000, 8000, "exact", "streikend" },
  { "de", "Die Spende erreichte 40.000 Familien.", "40.000", 40000, 40000, "exact", "famili" },
  { "de", "Der Händler verkaufte 20.000 Autos.", "20.000", 20000, 20000, "exact", "auto" },
  { "de", "Die Stadt versorgte 12.000 Kinder.", "12.000", 12000, 12000, "exact", "kind" },
  { "de", "Sie half mit 3.000 Kindern.", "3.000", 3000, 3000, "exact", "kind" },
  { "de", "Der Sturm deckte 1.500 Häuser ab.", "1.500", 1500, 1500, "exact", "haus" },
  { "de", "Das Lager liegt in 80 Kilometern Entfernung.", "80", 80, 80, "exact", "km" },
  { "de", "Der Pegel stieg um 3 Metern.", "3", 3, 3, "exact", "m" },
  { "de", "Die Brücke liegt 40 Kilometers entfernt.", "40", 40, 40, "exact", "km" },
  { "de", "Der Deich ist auf 2 Kilometern durchweicht.", "2", 2, 2, "exact", "km" },
  { "de", "Der Bildschirm misst 15 Zoll.", "15", 15, 15, "exact", "in" },
  { "de", "Die Mauer ist 30 Fuß hoch.", "30", 30, 30, "exact", "ft" },
  { "de", "Das Schiff fuhr 200 Seemeilen.", "200", 200, 200, "exact", "nmi" },
  { "de", "Die Fähre fuhr mit 12 Knoten.", "12", 12, 12, "exact", "kn" },
  { "de", "Der Tank fasst 5.000 Kubikmetern.", "5.000", 5000, 5000, "exact", "m³" },
  { "de", "Der Sturm erreichte 60 Meilen pro Stunde.", "60", 60, 60, "exact", "mph" },
  { "de", "Es waren 30 Grad Celsius.", "30", 30, 30, "exact", "°C" },
  { "de", "Die Tanks fassen 400 Gallonen.", "400", 400, 400, "exact", "gal" },

  /* German number words */
  { "de", "Zwei hochrangige Beamte bestätigten das.", "Zwei", 2, 2, "exact", "beamt" },
  { "de", "Das sagten zwei hochrangige Beamte.", "zwei", 2, 2, "exact", "beamt" },
  { "de", "Es starben zwölf Menschen.", "zwölf", 12, 12, "exact", "mensch" },
  { "de", "Es kamen zwanzig Soldaten.", "zwanzig", 20, 20, "exact", "soldat" },
  { "de", "Es kamen dreitausend Soldaten.", "dreitausend", 3000, 3000, "exact", "soldat" },
  { "de", "Es kamen zwölftausend Soldaten.", "zwölftausend", 12000, 12000, "exact", "soldat" },
  { "de", "Es kamen einhundert Freiwillige.", "einhundert", 100, 100, "exact", "freiwill" },
  { "de", "Es kamen einundzwanzig Gäste.", "einundzwanzig", 21, 21, "exact", "gast" },
  { "de", "Es kamen zweihundertfünfzig Gäste.", "zweihundertfünfzig", 250, 250, "exact", "gast" },
  { "de", "Rund elftausend Einwohner sind betroffen.", "Rund elftausend", 11000, 11000, "approx", "einwohn" },
  { "de", "Der Pegel liegt bei rund zweieinhalb Meter.", "rund zweieinhalb", 2.5, 2.5, "approx", "m" },
  { "de", "Der Streit dauert eineinhalb Jahre.", "eineinhalb", 1.5, 1.5, "exact", "year" },
  { "de", "Der Streit dauert anderthalb Jahre.", "anderthalb", 1.5, 1.5, "exact", "year" },
  { "de", "Es kamen zwei Dutzend Reporter.", "zwei Dutzend", 24, 24, "exact", "report" },
  { "de", "Es kamen ein Dutzend Reporter.", "ein Dutzend", 12, 12, "exact", "report" },
  { "de", "Der Bau kostet eine Million Euro.", "eine Million", 1e6, 1e6, "exact", "EUR" },
  { "de", "Der Bau kostet zwei Millionen Euro.", "zwei Millionen", 2e6, 2e6, "exact", "EUR" },
  { "de", "Die Frist beträgt zwei Monate.", "zwei", 2, 2, "exact", "month" },
  { "de", "Es kamen acht Busse.", "acht", 8, 8, "exact", "buss" },
  { "de", "Der Damm ist drei Kilometer lang.", "drei", 3, 3, "exact", "km" },
  { "de", "Sie wurde in etwa drei Kilometern Entfernung gefunden.", "etwa drei", 3, 3, "approx", "km" },
  { "de", "Sie hatten neunzehn Verletzte.", "neunzehn", 19, 19, "exact", "verletzt" },

  /* German hedges */
  { "de", "Mehr als 10.000 Anwohner sind betroffen.", "Mehr als 10.000", 10000, NONE, "more-than", "anwohn" },
  { "de", "Bis zu 12.000 Menschen müssen gehen.", "Bis zu 12.000", NONE, 12000, "up-to", "mensch" },
  { "de", "Es sind rund 6.500 Einsatzkräfte vor Ort.", "rund 6.500", 6500, 6500, "approx", "einsatzkraft" },
  { "de", "Es gibt etwa 300 Plätze.", "etwa 300", 300, 300, "approx", "platz" },
  { "de", "Es gibt ungefähr 300 Plätze.", "ungefähr 300", 300, 300, "approx", "platz" },
  { "de", "Es gibt circa 300 Plätze.", "circa 300", 300, 300, "approx", "platz" },
  { "de", "Es gibt ca. 900 Plätze.", "ca. 900", 900, 900, "approx", "platz" },
  { "de", "Es gibt gut 300 Plätze.", "gut 300", 300, 300, "approx", "platz" },
  { "de", "Es gibt knapp 300 Plätze.", "knapp 300", 300, 300, "approx", "platz" },
  { "de", "Es gibt fast 300 Plätze.", "fast 300", 300, 300, "approx", "platz" },
  { "de", "Es gibt nahezu 300 Plätze.", "nahezu 300", 300, 300, "approx", "platz" },
  { "de", "Es gibt über 300 Plätze.", "über 300", 300, NONE, "more-than", "platz" },
  { "de", "Es gibt mindestens 300 Plätze.", "mindestens 300", 300, NONE, "at-least", "platz" },
  { "de", "Es gibt höchstens 300 Plätze.", "höchstens 300", NONE, 300, "at-most", "platz" },
  { "de", "Es gibt weniger als 300 Plätze.", "weniger als 300", NONE, 300, "less-than", "platz" },
  { "de", "Es gibt unter 300 Plätze.", "unter 300", NONE, 300, "less-than", "platz" },
  { "de", "Es gibt nicht mehr als 300 Plätze.", "nicht mehr als 300", NONE, 300, "at-most", "platz" },
  { "de", "Die Raketen fliegen bis zu rund 300 Kilometer weit.", "bis zu rund 300", NONE, 300, "up-to", "km" },
  { "de", "Die Raketen fliegen rund 300 Kilometer weit.", "rund 300", 300, 300, "approx", "km" },
  { "de", "Der Wasserstand soll um bis zu 30 Zentimeter sinken.", "bis zu 30", NONE, 30, "up-to", "cm" },
  { "de", "Die Fähre schafft am Tag bis zu rund 300 Kilometer.", "bis zu rund 300", NONE, 300, "up-to", "km" },
  { "de", "Die Raketen haben eine Reichweite von rund 300 Kilometern.", "rund 300", 300, 300, "approx", "km" },
  { "de", "Die Entschädigung liegt bei mindestens 50 Millionen Euro.", "mindestens 50 Millionen", 5e7, NONE, "at-least", "EUR" },
  { "de", "Die Kosten liegen bei schätzungsweise 40 Millionen Euro.", "schätzungsweise 40 Millionen", 4e7, 4e7, "approx", "EUR" },

  /* German ranges */
  { "de", "Zwischen 10.000 und 12.000 Menschen sind betroffen.", "Zwischen 10.000 und 12.000", 10000, 12000, "range", "mensch" },
  { "de", "Es sind 10.000 bis 12.000 Menschen.", "10.000 bis 12.000", 10000, 12000, "range", "mensch" },
  { "de", "Es sind 10.000 – 12.000 Menschen.", "10.000 – 12.000", 10000, 12000, "range", "mensch" },
  { "de", "Es sind 10.000-12.000 Menschen.", "10.000-12.000", 10000, 12000, "range", "mensch" },
  { "de", "Der Pegel sinkt um 20 bis 30 Zentimeter.", "20 bis 30", 20, 30, "range", "cm" },
  { "de", "Es kosten zwei bis drei Millionen Euro.", "zwei bis drei Millionen", 2e6, 3e6, "range", "EUR" },
  { "de", "Es gab von 10 bis 12 Verletzte.", "von 10 bis 12", 10, 12, "range", "verletzt" },
  { "de", "Es sind zwischen rund 100 und 120 Menschen.", "zwischen rund 100 und 120", 100, 120, "range", "mensch" },

  /* German vague */
  { "de", "Tausende Menschen müssen ihre Häuser verlassen.", "Tausende", 2000, NONE, "vague", "mensch" },
  { "de", "Das Schicksal tausender Menschen ist offen.", "tausender", 2000, NONE, "vague", "mensch" },
  { "de", "Es kamen mehrere Hundert Menschen.", "mehrere Hundert", 200, NONE, "vague", "mensch" },
  { "de", "Es kamen Hunderte Menschen.", "Hunderte", 200, NONE, "vague", "mensch" },
  { "de", "Es kamen Dutzende Reporter.", "Dutzende", 24, NONE, "vague", "report" },
  { "de", "Es kamen Zehntausende Demonstranten.", "Zehntausende", 20000, NONE, "vague", "demonstrant" },
  { "de", "Es fehlen Dutzende Milliarden Dollar.", "Dutzende Milliarden", 24e9, NONE, "vague", "USD" },
  { "de", "Das dauert noch wenige Wochen.", "wenige", 2, NONE, "vague", "week" },
  { "de", "Das dauert einige Tage.", "einige", 2, NONE, "vague", "day" },
  { "de", "Es kamen einige Tausend Menschen.", "einige Tausend", 2000, NONE, "vague", "mensch" },
  { "de", "Es kamen ein paar Hundert Menschen.", "ein paar Hundert", 200, NONE, "vague", "mensch" },
  { "de", "Millionen Menschen sahen zu.", "Millionen", 2e6, NONE, "vague", "mensch" },

  /* German shares, speeds, hedged round numbers */
  { "de", "Rund zwei Drittel der Befragten stimmten zu.", "Rund zwei", 200.0 / 3, 200.0 / 3, "approx", "%" },
  { "de", "Der Sturm erreichte bis zu 150 Kilometer pro Stunde.", "bis zu 150", NONE, 150, "up-to", "km/h" },
  { "de", "Der Zug fuhr mit 300 km/h.", "300", 300, 300, "exact", "km/h" },
  { "de", "Der Konzern streicht 3500 Stellen, davon rund 1000 in Deutschland.", "rund 1000", 1000, 1000, "approx", "stell" },
  { "de", "Es kamen mehr als 1500 Menschen.", "mehr als 1500", 1500, NONE, "more-than", "mensch" },
  { "de", "Der 58-Jährige wurde festgenommen.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Förderung läuft bis 2029 weiter.", NULL, 0, 0, NULL, NULL },
  { "de", "Das Erdbeben der Stärke 7,8 forderte Tausende Todesopfer.", "Tausende", 2000, NONE, "vague", "todesopf" },

  { "de", "In den Jahren 2015 und 2016 kamen viele Flüchtlinge.", NULL, 0, 0, NULL, NULL },
  { "de", "Sie ist 45 Jahre alt und lebt in Berlin.", NULL, 0, 0, NULL, NULL },
  { "de", "Das Tor fiel in der 90. Minute.", NULL, 0, 0, NULL, NULL },
  { "de", "Er ist seit 2,5 Jahren im Amt.", "2,5", 2.5, 2.5, "exact", "year" },
  { "de", "Der Preis stieg von 1,50 Euro auf 1,80 Euro.", "1,50", 1.5, 1.5, "exact", "EUR" },

  /* German parts of a total */
  { "de", "Im Einsatz sind 40.000 Einsatzkräfte, davon 6.000 aus Bayern.", "40.000", 40000, 40000, "exact", "einsatzkraft" },

  /* German traps: no quantity here */
  { "de", "Die Evakuierung beginnt um 18 Uhr.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Schleusen öffnen gegen 6 Uhr.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Sitzung endet um 18.30 Uhr.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Zug fährt um drei Uhr.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Polder wird zum 3. Mal geflutet.", NULL, 0, 0, NULL, NULL },
  { "de", "Die 4. Konferenz beginnt morgen.", NULL, 0, 0, NULL, NULL },
  { "de", "Er wurde am 3. Oktober gewählt.", NULL, 0, 0, NULL, NULL },
  { "de", "Er wurde am 11. März gewählt.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Frist endet am 14.03.2026 um Mitternacht.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Frist endet am 14.3. um Mitternacht.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Frist endet am 2026-03-14 um Mitternacht.", NULL, 0, 0, NULL, NULL },
  { "de", "Das geschah im Jahr 1999 in Köln.", NULL, 0, 0, NULL, NULL },
  { "de", "Das Hochwasser von 2002 ist unvergessen.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Polder wurde im Sommer 2002 geflutet.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Polder wurde im August 2002 geflutet.", NULL, 0, 0, NULL, NULL },
  { "de", "Das war am 17. August 2002 der Fall.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Anlage stammt aus dem 20. Jahrhundert.", NULL, 0, 0, NULL, NULL },
  { "de", "Seit 2024 gilt das Gesetz.", NULL, 0, 0, NULL, NULL },
  { "de", "Die G7 beraten in Rom.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Ukraine erhält F-16 aus Dänemark.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Covid-19-Pandemie ist vorbei.", NULL, 0, 0, NULL, NULL },
  { "de", "Das regelt Artikel 5 des Vertrags.", NULL, 0, 0, NULL, NULL },
  { "de", "Das steht in der Verfügung Nr. 3/2026.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Buslinie 912 endet vorerst in Seehausen.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Rechner läuft mit Windows 11.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Airbus A320 landete sicher.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Hotline ist unter 0800 1234567 erreichbar.", NULL, 0, 0, NULL, NULL },
  { "de", "Anrufe unter +49 30 12345 werden beantwortet.", NULL, 0, 0, NULL, NULL },
  { "de", "Nach Blickpunkt24-Informationen soll das geschehen.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Helfer arbeiten rund um die Uhr.", NULL, 0, 0, NULL, NULL },
  { "de", "Das Spiel endete 3:1 für die Gäste.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Sender zeigte die Serie in den 1990er Jahren.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Reform gilt von 2020 bis 2024.", NULL, 0, 0, NULL, NULL },
  { "de", "Der Paragraf 218 bleibt umstritten.", NULL, 0, 0, NULL, NULL },
  { "de", "Das Spiel gewann die Elf aus Bremen.", NULL, 0, 0, NULL, NULL },
  { "de", "Das ließ man außer Acht.", NULL, 0, 0, NULL, NULL },
  { "de", "Ein Mann wurde festgenommen.", NULL, 0, 0, NULL, NULL },
  { "de", "Er ist der Zweite auf der Liste.", NULL, 0, 0, NULL, NULL },
  { "de", "Es war die dritte Flutung.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Turnhallen in mehreren Orten sind geöffnet.", NULL, 0, 0, NULL, NULL },
  { "de", "Der ICE 507 fällt aus.", NULL, 0, 0, NULL, NULL },
  { "de", "Die Sitzung findet in Zimmer 12 statt.", NULL, 0, 0, NULL, NULL },
  { "de", "Das Treffen ist in der KW 12 geplant.", NULL, 0, 0, NULL, NULL },

  /* English digits */
  { "en", "There were 10,000 people.", "10,000", 10000, 10000, "exact", "peopl" },
  { "en", "There were 10 000 people.", "10 000", 10000, 10000, "exact", "peopl" },
  { "en", "The river rose to 7.34 metres.", "7.34", 7.34, 7.34, "exact", "m" },
  { "en", "The river rose to 1.5 metres.", "1.5", 1.5, 1.5, "exact", "m" },
  { "en", "The town counts 1,250,000 residents.", "1,250,000", 1250000, 1250000, "exact", "resid" },
  { "en", "The plan costs 1.2 billion dollars.", "1.2 billion", 1.2e9, 1.2e9, "exact", "USD" },
  { "en", "The plan costs $1.2 billion.", "$1.2 billion", 1.2e9, 1.2e9, "exact", "USD" },
  { "en", "The plan costs €30 million.", "€30 million", 3e7, 3e7, "exact", "EUR" },
  { "en", "The plan costs 3 million euros.", "3 million", 3e6, 3e6, "exact", "EUR" },
  { "en", "The plan costs $3m.", "$3m", 3e6, 3e6, "exact", "USD" },
  { "en", "The plan costs $4bn.", "$4bn", 4e9, 4e9, "exact", "USD" },
  { "en", "Unemployment fell to 4.5 percent.", "4.5", 4.5, 4.5, "exact", "%" },
  { "en", "Unemployment fell to 4.5 per cent.", "4.5", 4.5, 4.5, "exact", "%" },
  { "en", "Unemployment fell to 4.5%.", "4.5", 4.5, 4.5, "exact", "%" },
  { "en", "Support fell by 3 percentage points.", "3", 3, 3, "exact", "pp" },
  { "en", "The dam is 120 metres high.", "120", 120, 120, "exact", "m" },
  { "en", "The convoy drove 300 kilometres.", "300", 300, 300, "exact", "km" },
  { "en", "The convoy drove 300 km.", "300", 300, 300, "exact", "km" },
  { "en", "The polder covers 2,400 hectares.", "2,400", 2400, 2400, "exact", "ha" },
  { "en", "The 2,400-hectare polder was flooded.", "2,400", 2400, 2400, "exact", "ha" },
  { "en", "The water fell by 30 centimetres.", "30", 30, 30, "exact", "cm" },
  { "en", "The ship carried 40 tonnes of grain.", "40", 40, 40, "exact", "t" },
  { "en", "The talks lasted 24 hours.", "24", 24, 24, "exact", "hour" },
  { "en", "The ceasefire holds for 30 days.", "30", 30, 30, "exact", "day" },
  { "en", "He spent 12 years in prison.", "12", 12, 12, "exact", "year" },
  { "en", "The farmer has 240 cows.", "240", 240, 240, "exact", "cow" },
  { "en", "The army sent 10,000 soldiers.", "10,000", 10000, 10000, "exact", "soldier" },
  { "en", "The army sent 10.000 soldiers.", "10.000", 10000, 10000, "exact", "soldier" },
  { "en", "The army sent 2000 troops.", "2000", 2000, 2000, "exact", "troop" },
  { "en", "There were 500 square kilometres of forest.", "500", 500, 500, "exact", "km²" },
  { "en", "The ferry carried 50,000 passengers.", "50,000", 50000, 50000, "exact", "passeng" },
  { "en", "The city fed 12,000 children.", "12,000", 12000, 12000, "exact", "children" },
  { "en", "The wall is 30 feet high.", "30", 30, 30, "exact", "ft" },
  { "en", "The screen measures 15 inches.", "15", 15, 15, "exact", "in" },
  { "en", "The fire burned 3,000 acres.", "3,000", 3000, 3000, "exact", "ac" },
  { "en", "The camp is 50 mi away.", "50", 50, 50, "exact", "mi" },
  { "en", "The ferry made 12 knots.", "12", 12, 12, "exact", "kn" },
  { "en", "It was 90 degrees Fahrenheit.", "90", 90, 90, "exact", "°F" },
  { "en", "It was 30 degrees Celsius.", "30", 30, 30, "exact", "°C" },
  { "en", "Winds reached 60 miles per hour.", "60", 60, 60, "exact", "mph" },
  { "en", "The tank holds 5,000 cubic metres.", "5,000", 5000, 5000, "exact", "m³" },
  { "en", "The ship sailed 200 nautical miles.", "200", 200, 200, "exact", "nmi" },
  { "en", "The barge carried 400 gallons.", "400", 400, 400, "exact", "gal" },
  { "en", "Output fell by 2 million barrels.", "2 million", 2e6, 2e6, "exact", "bbl" },

  /* English number words */
  { "en", "Two senior officials confirmed it.", "Two", 2, 2, "exact", "offici" },
  { "en", "It was confirmed by two senior interior ministry officials.", "two", 2, 2, "exact", "offici" },
  { "en", "There were twelve deaths.", "twelve", 12, 12, "exact", "death" },
  { "en", "There were twenty-five deaths.", "twenty-five", 25, 25, "exact", "death" },
  { "en", "There were three hundred protesters.", "three hundred", 300, 300, "exact", "protest" },
  { "en", "There were two thousand protesters.", "two thousand", 2000, 2000, "exact", "protest" },
  { "en", "There were a dozen protesters.", "a dozen", 12, 12, "exact", "protest" },
  { "en", "There were two dozen protesters.", "two dozen", 24, 24, "exact", "protest" },
  { "en", "The bill costs a million dollars.", "a million", 1e6, 1e6, "exact", "USD" },
  { "en", "The talks lasted three years.", "three", 3, 3, "exact", "year" },
  { "en", "The talks lasted two months.", "two", 2, 2, "exact", "month" },

  /* English hedges */
  { "en", "More than 10,000 residents were evacuated.", "More than 10,000", 10000, NONE, "more-than", "resid" },
  { "en", "Up to 12,000 people were evacuated.", "Up to 12,000", NONE, 12000, "up-to", "peopl" },
  { "en", "Some 6,500 emergency workers helped.", "Some 6,500", 6500, 6500, "approx", "worker" },
  { "en", "About 1,800 firefighters helped.", "About 1,800", 1800, 1800, "approx", "firefight" },
  { "en", "Around 300 people came.", "Around 300", 300, 300, "approx", "peopl" },
  { "en", "Roughly 300 people came.", "Roughly 300", 300, 300, "approx", "peopl" },
  { "en", "Nearly 300 people came.", "Nearly 300", 300, 300, "approx", "peopl" },
  { "en", "Almost 300 people came.", "Almost 300", 300, 300, "approx", "peopl" },
  { "en", "Over 300 people came.", "Over 300", 300, NONE, "more-than", "peopl" },
  { "en", "At least 300 people came.", "At least 300", 300, NONE, "at-least", "peopl" },
  { "en", "At most 300 people came.", "At most 300", NONE, 300, "at-most", "peopl" },
  { "en", "Less than 30 percent voted.", "Less than 30", NONE, 30, "less-than", "%" },
  { "en", "Fewer than 300 people came.", "Fewer than 300", NONE, 300, "less-than", "peopl" },
  { "en", "The water fell by up to 30 centimetres.", "up to 30", NONE, 30, "up-to", "cm" },
  { "en", "The fund is around €30 million.", "around €30 million", 3e7, 3e7, "approx", "EUR" },
  { "en", "The fund is at least €50 million.", "at least €50 million", 5e7, NONE, "at-least", "EUR" },
  { "en", "The river rose to approx. 2.50 metres.", "approx. 2.50", 2.5, 2.5, "approx", "m" },
  { "en", "An estimated 5,000 people fled.", "An estimated 5,000", 5000, 5000, "approx", "peopl" },
  { "en", "As many as 400 people fled.", "As many as 400", NONE, 400, "up-to", "peopl" },
  { "en", "No more than 400 people fled.", "No more than 400", NONE, 400, "at-most", "peopl" },

  /* English ranges */
  { "en", "Between 10,000 and 12,000 people fled.", "Between 10,000 and 12,000", 10000, 12000, "range", "peopl" },
  { "en", "Some 10,000-12,000 people fled.", "Some 10,000-12,000", 10000, 12000, "range", "peopl" },
  { "en", "The level fell 20 to 30 centimetres.", "20 to 30", 20, 30, "range", "cm" },
  { "en", "The number rose from 10 to 12 ships.", "from 10 to 12", 10, 12, "range", "ship" },
  { "en", "It costs between 2 and 3 million euros.", "between 2 and 3 million", 2e6, 3e6, "range", "EUR" },

  /* English vague */
  { "en", "Thousands of people fled.", "Thousands", 2000, NONE, "vague", "peopl" },
  { "en", "Hundreds of people fled.", "Hundreds", 200, NONE, "vague", "peopl" },
  { "en", "Dozens of people fled.", "Dozens", 24, NONE, "vague", "peopl" },
  { "en", "Tens of thousands of people fled.", "Tens of thousands", 20000, NONE, "vague", "peopl" },
  { "en", "Several hundred people fled.", "Several hundred", 200, NONE, "vague", "peopl" },
  { "en", "A few thousand people fled.", "A few thousand", 2000, NONE, "vague", "peopl" },
  { "en", "The talks could take a few weeks.", "a few", 2, NONE, "vague", "week" },
  { "en", "Millions of people watched.", "Millions", 2e6, NONE, "vague", "peopl" },

  { "en", "Roughly two-thirds of respondents agreed.", "Roughly two", 200.0 / 3, 200.0 / 3, "approx", "%" },
  { "en", "Winds reached 150 kilometres per hour.", "150", 150, 150, "exact", "km/h" },

  /* English traps */
  { "en", "The 58-year-old was arrested at the scene.", NULL, 0, 0, NULL, NULL },
  { "en", "The plan runs until 2029.", NULL, 0, 0, NULL, NULL },
  { "en", "UN Resolution 2334 was adopted.", NULL, 0, 0, NULL, NULL },
  { "en", "The evacuation starts at 6 p.m. on Friday.", NULL, 0, 0, NULL, NULL },
  { "en", "The evacuation starts at 6pm on Friday.", NULL, 0, 0, NULL, NULL },
  { "en", "The gates open at 6 a.m. on Saturday.", NULL, 0, 0, NULL, NULL },
  { "en", "The vote was held on March 3.", NULL, 0, 0, NULL, NULL },
  { "en", "The vote was held on 3 March.", NULL, 0, 0, NULL, NULL },
  { "en", "The vote was held on March 11, 2026.", NULL, 0, 0, NULL, NULL },
  { "en", "The vote was held on 2026-03-14.", NULL, 0, 0, NULL, NULL },
  { "en", "The area last flooded in 2002.", NULL, 0, 0, NULL, NULL },
  { "en", "It was built in 1958 by the state.", NULL, 0, 0, NULL, NULL },
  { "en", "It was the third time in a decade.", NULL, 0, 0, NULL, NULL },
  { "en", "It was built in the 20th century.", NULL, 0, 0, NULL, NULL },
  { "en", "The 4th conference opened.", NULL, 0, 0, NULL, NULL },
  { "en", "The G7 met in Rome.", NULL, 0, 0, NULL, NULL },
  { "en", "Ukraine receives F-16 jets.", NULL, 0, 0, NULL, NULL },
  { "en", "The Covid-19 pandemic is over.", NULL, 0, 0, NULL, NULL },
  { "en", "Article 5 applies here.", NULL, 0, 0, NULL, NULL },
  { "en", "The laptop runs Windows 11.", NULL, 0, 0, NULL, NULL },
  { "en", "An A320 landed safely.", NULL, 0, 0, NULL, NULL },
  { "en", "Call 0800 123 4567 for help.", NULL, 0, 0, NULL, NULL },
  { "en", "Call +44 20 7946 0958 for help.", NULL, 0, 0, NULL, NULL },
  { "en", "The game ended 3-1.", NULL, 0, 0, NULL, NULL },
  { "en", "The crew of Apollo 13 returned.", NULL, 0, 0, NULL, NULL },
  { "en", "One of them was arrested.", NULL, 0, 0, NULL, NULL },
  { "en", "The rules applied from 2020 to 2024.", NULL, 0, 0, NULL, NULL },
  { "en", "Shops closed in the 1990s.", NULL, 0, 0, NULL, NULL },
  { "en", "The decree No. 3 is in force.", NULL, 0, 0, NULL, NULL },
  { "en", "Services run 24/7 now.", NULL, 0, 0, NULL, NULL },
  { "en", "The first 5G network opened.", NULL, 0, 0, NULL, NULL },
};

static gboolean
same_double (double a,
             double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return fabs (a - b) <= 1e-6 * MAX (1.0, fabs (a));
}

static char *
describe (PxFigure *f)
{
  return g_strdup_printf ("“%s” low=%g high=%g %s unit=%s part=%d",
                          px_figure_get_text (f), px_figure_get_low (f),
                          px_figure_get_high (f),
                          px_figure_qualifier_to_string (px_figure_get_qualifier (f)),
                          px_figure_get_unit (f), px_figure_get_is_part (f));
}

static void
test_figure_table (void)
{
  guint failures = 0;

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 200);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *tc = &cases[i];
      g_autoptr(GPtrArray) figures = px_figure_extract (tc->input, 0, strlen (tc->input), tc->lang);
      PxFigure *f = NULL;

      if (tc->text == NULL)
        {
          if (figures->len != 0)
            {
              g_autofree char *got = describe (g_ptr_array_index (figures, 0));

              g_test_message ("%s: expected no figure, got %s", tc->input, got);
              failures++;
            }
          continue;
        }

      for (guint k = 0; k < figures->len && f == NULL; k++)
        if (g_str_equal (px_figure_get_text (g_ptr_array_index (figures, k)), tc->text))
          f = g_ptr_array_index (figures, k);

      if (f == NULL)
        {
          g_autofree char *got = figures->len ? describe (g_ptr_array_index (figures, 0)) : g_strdup ("nothing");

          g_test_message ("%s: expected “%s”, got %s", tc->input, tc->text, got);
          failures++;
          continue;
        }

      /* The span points at the text as written. */
      g_assert_cmpint (strncmp (tc->input + px_figure_get_start (f), tc->text, strlen (tc->text)), ==, 0);
      g_assert_cmpuint (px_figure_get_end (f) - px_figure_get_start (f), ==, strlen (tc->text));

      if (!same_double (px_figure_get_low (f), tc->low) ||
          !same_double (px_figure_get_high (f), tc->high) ||
          g_strcmp0 (px_figure_qualifier_to_string (px_figure_get_qualifier (f)), tc->qualifier) != 0 ||
          g_strcmp0 (px_figure_get_unit (f), tc->unit) != 0)
        {
          g_autofree char *got = describe (f);

          g_test_message ("%s: expected low=%g high=%g %s unit=%s, got %s", tc->input,
                          tc->low, tc->high, tc->qualifier, tc->unit, got);
          failures++;
        }
    }

  g_test_message ("%u of %u expressions misread", failures, (guint)G_N_ELEMENTS (cases));
  g_assert_cmpuint (failures, ==, 0);
}

/* Comparison -------------------------------------------------------------- */

static PxFigure *
first_figure (const char *lang,
              const char *sentence)
{
  g_autoptr(GPtrArray) figures = px_figure_extract (sentence, 0, strlen (sentence), lang);

  g_assert_cmpuint (figures->len, >=, 1);
  return px_figure_ref (g_ptr_array_index (figures, 0));
}

static PxFigureVerdict
verdict_of (const char *lang,
            const char *a,
            const char *b)
{
  g_autoptr(PxFigure) fa = first_figure (lang, a);
  g_autoptr(PxFigure) fb = first_figure (lang, b);

  g_test_message ("%s / %s", a, b);
  g_assert_true (px_figure_same_quantity (fa, fb));
  g_assert_cmpint (px_figure_compare (fa, fb), ==, px_figure_compare (fb, fa));
  return px_figure_compare (fa, fb);
}

static void
test_figure_compare (void)
{
  /* agree */
  g_assert_cmpint (verdict_of ("de", "Das Gebiet umfasst 2.400 Hektar.", "Der Polder ist 2.400 Hektar groß."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_of ("de", "Normal sind ca. 2,50 Meter.", "Üblich sind rund zweieinhalb Meter."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_of (NULL, "Es waren 10.000 Soldaten.", "There were 10,000 troops."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  {
    g_autoptr(PxFigure) de = first_figure ("de", "Es waren 10.000 Soldaten.");
    g_autoptr(PxFigure) en = first_figure ("en", "There were 10,000 troops.");

    g_assert_true (px_figure_same_quantity (de, en));
    g_assert_cmpint (px_figure_compare (de, en), ==, PX_FIGURE_VERDICT_AGREE);
  }

  /* hedge; a vague figure is never compared as a number: a number inside
   * its span is the same quantity told vaguely by one source
   */
  g_assert_cmpint (verdict_of ("de", "Tausende Menschen.", "Zwischen 10.000 und 12.000 Einwohner."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_of ("de", "Das dauert einige Tage.", "Das dauert drei Tage."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_of ("en", "The talks could take a few weeks.", "The talks take two weeks."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_of ("de", "Sie fliegen rund 300 Kilometer.", "Sie fliegen bis zu rund 300 Kilometer."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_of ("de", "Es gibt ca. 900 Plätze.", "Es stehen 900 Plätze bereit."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_of ("de", "Der Damm ist auf etwa drei Kilometern durchweicht.",
                               "Ein drei Kilometer langer Damm."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_of ("de", "Mehr als 10.000 Menschen.", "Es sind 10.000 Menschen."),
                   ==, PX_FIGURE_VERDICT_HEDGE);

  /* differ */
  g_assert_cmpint (verdict_of ("de", "Mehr als 10.000 Helfer.", "Bis zu 12.000 Helfer."),
                   ==, PX_FIGURE_VERDICT_DIFFER);
  g_assert_cmpint (verdict_of ("de", "Mehr als 10.000 Helfer.", "Zwischen 10.000 und 12.000 Helfer."),
                   ==, PX_FIGURE_VERDICT_DIFFER);
  g_assert_cmpint (verdict_of ("de", "Bis zu 12.000 Soldaten.", "Zwischen 10.000 und 12.000 Truppen."),
                   ==, PX_FIGURE_VERDICT_DIFFER);
  g_assert_cmpint (verdict_of ("de", "Rund elftausend Einwohner.", "Bis zu 12.000 Menschen."),
                   ==, PX_FIGURE_VERDICT_DIFFER);
  g_assert_cmpint (verdict_of ("de", "Um bis zu 30 Zentimeter.", "Um 20 bis 30 Zentimeter."),
                   ==, PX_FIGURE_VERDICT_DIFFER);
  g_assert_cmpint (verdict_of ("de", "Rund 300 Soldaten.", "Es kamen 320 Soldaten."),
                   ==, PX_FIGURE_VERDICT_DIFFER);

  /* vague against vague: the same order of magnitude agrees, the next one
   * differs, orders apart contradict
   */
  g_assert_cmpint (verdict_of ("de", "Tausende Menschen.", "Tausende Einwohner."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_of ("de", "Hunderte Menschen.", "Tausende Menschen."),
                   ==, PX_FIGURE_VERDICT_DIFFER);
  g_assert_cmpint (verdict_of ("en", "Dozens of people.", "Thousands of people."),
                   ==, PX_FIGURE_VERDICT_CONTRADICT);

  /* contradict */
  g_assert_cmpint (verdict_of ("de", "Rund 30 Millionen Euro.", "Mindestens 50 Millionen Euro."),
                   ==, PX_FIGURE_VERDICT_CONTRADICT);
  g_assert_cmpint (verdict_of ("de", "Es kamen 300 Soldaten.", "Es kamen 3.000 Soldaten."),
                   ==, PX_FIGURE_VERDICT_CONTRADICT);
  g_assert_cmpint (verdict_of ("de", "Weniger als 100 Menschen.", "Mehr als 200 Menschen."),
                   ==, PX_FIGURE_VERDICT_CONTRADICT);
  g_assert_cmpint (verdict_of ("en", "Hundreds of people.", "Between 10,000 and 12,000 people."),
                   ==, PX_FIGURE_VERDICT_CONTRADICT);
  g_assert_cmpint (verdict_of ("de", "Rund 300 Kilometer.", "Rund 400 Kilometer."),
                   ==, PX_FIGURE_VERDICT_CONTRADICT);
}

static void
test_figure_same_quantity (void)
{
  g_autoptr(PxFigure) soldiers = first_figure ("de", "Es kamen 10.000 nordkoreanische Soldaten.");
  g_autoptr(PxFigure) troops = first_figure ("de", "Es kamen 10.000 Truppen.");
  g_autoptr(PxFigure) english = first_figure ("en", "There were 10,000 soldiers.");
  g_autoptr(PxFigure) km = first_figure ("de", "Sie fliegen 300 Kilometer.");
  g_autoptr(PxFigure) km_en = first_figure ("en", "They fly 300 km.");
  g_autoptr(PxFigure) percent = first_figure ("de", "Es sind 300 Prozent.");
  g_autoptr(PxFigure) cows = first_figure ("de", "Seine 240 Milchkühe.");
  g_autoptr(PxFigure) kuehe = first_figure ("de", "Seine 240 Kühe.");

  g_assert_cmpstr (px_figure_get_unit (soldiers), ==, "soldat");
  g_assert_cmpstr (px_figure_get_noun (soldiers), ==, "Soldaten");
  g_assert_cmpstr (px_figure_get_unit (troops), ==, "trupp");
  g_assert_cmpint (px_figure_get_kind (soldiers), ==, PX_FIGURE_KIND_COUNT);
  g_assert_cmpint (px_figure_get_kind (km), ==, PX_FIGURE_KIND_DISTANCE);
  g_assert_cmpint (px_figure_get_kind (percent), ==, PX_FIGURE_KIND_PERCENT);
  g_assert_true (px_figure_same_quantity (soldiers, troops));
  g_assert_true (px_figure_same_quantity (soldiers, english));
  g_assert_true (px_figure_same_quantity (km, km_en));
  g_assert_true (px_figure_same_quantity (cows, kuehe));
  g_assert_false (px_figure_same_quantity (soldiers, km));
  g_assert_false (px_figure_same_quantity (km, percent));
}

/* "insgesamt 40.000 Einsatzkräfte, davon 6.000 aus Bayern": the 6,000 are
 * a part; compared with a total they would look like a contradiction.
 */
static void
test_figure_total_and_part (void)
{
  const char *de = "Im Einsatz sind insgesamt 40.000 Einsatzkräfte, davon 6.000 aus Bayern.";
  const char *en = "Some 40,000 emergency workers are deployed, including 6,000 from Bavaria.";
  g_autoptr(GPtrArray) a = px_figure_extract (de, 0, strlen (de), "de");
  g_autoptr(GPtrArray) b = px_figure_extract (en, 0, strlen (en), "en");
  g_autoptr(PxFigure) other = first_figure ("de", "Es sind 40.000 Einsatzkräfte.");
  PxFigure *total, *part;

  g_assert_cmpuint (a->len, ==, 2);
  total = g_ptr_array_index (a, 0);
  part = g_ptr_array_index (a, 1);
  g_assert_false (px_figure_get_is_part (total));
  g_assert_true (px_figure_get_is_part (part));
  g_assert_cmpfloat (px_figure_get_low (part), ==, 6000);
  /* the part counts what its total counts, yet is never compared with it */
  g_assert_cmpstr (px_figure_get_unit (part), ==, "einsatzkraft");
  g_assert_false (px_figure_same_quantity (total, part));
  g_assert_false (px_figure_same_quantity (other, part));
  g_assert_true (px_figure_same_quantity (other, total));
  g_assert_cmpint (px_figure_compare (other, total), ==, PX_FIGURE_VERDICT_AGREE);

  g_assert_cmpuint (b->len, ==, 2);
  g_assert_false (px_figure_get_is_part (g_ptr_array_index (b, 0)));
  g_assert_true (px_figure_get_is_part (g_ptr_array_index (b, 1)));
  g_assert_true (px_figure_same_quantity (g_ptr_array_index (a, 1), g_ptr_array_index (b, 1)));
}

static void
test_figure_summary (void)
{
  g_autoptr(GPtrArray) set = g_ptr_array_new_with_free_func ((GDestroyNotify)px_figure_unref);
  const char *sources[] = { "a.txt", "b.txt", "c.txt", NULL };
  const char *same[] = { "a.txt", "a.txt", "a.txt", NULL };
  g_autofree char *summary = NULL;
  g_autofree char *single = NULL;
  PxFigureVerdict verdict;

  g_ptr_array_add (set, first_figure ("de", "Mehr als 10.000 Helfer."));
  g_ptr_array_add (set, first_figure ("de", "Bis zu 12.000 Helfer."));
  g_ptr_array_add (set, first_figure ("de", "Zwischen 10.000 und 12.000 Helfer."));

  summary = px_figure_summarize (set, sources, &verdict);
  g_assert_cmpint (verdict, ==, PX_FIGURE_VERDICT_DIFFER);
  g_assert_cmpstr (summary, ==, "3 sources, 3 different figures: >10,000 · ≤12,000 · 10,000–12,000");
  g_assert_cmpstr (px_figure_verdict_to_string (verdict), ==, "differ");

  /* One source alone has nothing to be compared with. */
  single = px_figure_summarize (set, same, &verdict);
  g_assert_cmpint (verdict, ==, PX_FIGURE_VERDICT_SINGLE);
  g_assert_true (g_str_has_prefix (single, "1 source,"));

  g_ptr_array_add (set, first_figure ("de", "Es kamen 300 Soldaten."));
  g_assert_cmpint (px_figure_compare_set (set, NULL), ==, PX_FIGURE_VERDICT_CONTRADICT);
}

static void
test_figure_strings (void)
{
  const char *names[] = { "exact", "approx", "more-than", "at-least", "up-to", "at-most",
                          "less-than", "range", "vague" };
  const char *verdicts[] = { "agree", "hedge", "differ", "contradict", "single" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PxFigureQualifier q;

      g_assert_cmpstr (px_figure_qualifier_to_string (i), ==, names[i]);
      g_assert_true (px_figure_qualifier_from_string (names[i], &q));
      g_assert_cmpint (q, ==, i);
    }
  for (guint i = 0; i < G_N_ELEMENTS (verdicts); i++)
    g_assert_cmpstr (px_figure_verdict_to_string (i), ==, verdicts[i]);
}

static JsonObject *find_comparison (JsonArray  *comparisons,
                                    const char *quantity,
                                    gboolean    part);

/* Counts of who a sentence cites or how often ("drei Quellen", "two
 * officials said", "sagte er drei Mal") are sourcing, not claim figures;
 * the same nouns counted in a claim stay counts.
 */
static void
test_figure_sourcing (void)
{
  static const struct { const char *lang; const char *input; const char *kind; } sourcing[] = {
    { "de", "Das bestätigten zwei Sprecher der Feuerwehr.", "sourcing" },
    { "de", "Nach Angaben von drei Augenzeugen brach das Feuer im Lager aus.", "sourcing" },
    { "de", "Laut zwei Insidern schließt das Werk im Mai.", "sourcing" },
    { "de", "Drei Quellen, die anonym bleiben wollten, nannten den Termin.", "sourcing" },
    { "de", "Der Bürgermeister wiederholte das drei Mal.", "sourcing" },
    { "de", "Die Feuerwehr rettete drei Zeugen aus dem Haus.", "count" },
    { "de", "Die Gemeinde erschloss drei neue Quellen für ihr Trinkwasser.", "count" },
    { "de", "Das Lager wurde drei Mal überflutet.", "count" },
    { "en", "Two officials said the plant would close.", "sourcing" },
    { "en", "According to three sources, the strike ends on Friday.", "sourcing" },
    { "en", "Five witnesses told the court that the gate was open.", "sourcing" },
    { "en", "The mayor repeated it three times.", "sourcing" },
    { "en", "The company hired two officials from the ministry.", "count" },
    { "en", "The dike broke three times this year.", "count" },
    { "en", "The flood forced 500 residents to leave, police said.", "count" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sourcing); i++)
    {
      g_autoptr(GPtrArray) figures = px_figure_extract (sourcing[i].input, 0,
                                                        strlen (sourcing[i].input),
                                                        sourcing[i].lang);
      PxFigure *f;

      g_test_message ("sourcing: %s", sourcing[i].input);
      g_assert_cmpuint (figures->len, ==, 1);
      f = g_ptr_array_index (figures, 0);
      g_assert_cmpstr (px_figure_kind_to_string (px_figure_get_kind (f)), ==, sourcing[i].kind);
      /* A count of sources is never compared. */
      if (px_figure_get_kind (f) == PX_FIGURE_KIND_SOURCING)
        {
          g_assert_null (px_figure_quantity_key (f));
          g_assert_false (px_figure_same_quantity (f, f));
        }
    }

  /* "dreimal" is no figure at all. */
  {
    const char *text = "Der Bürgermeister sagte dreimal, das Werk bleibe.";
    g_autoptr(GPtrArray) figures = px_figure_extract (text, 0, strlen (text), "de");

    g_assert_cmpuint (figures->len, ==, 0);
  }
}

/* A vague quantity keeps its text as written, and reads as words in the
 * number it states, never as a unit key ("a few week").
 */
static void
test_figure_vague_reading (void)
{
  static const struct
  {
    const char *lang;
    const char *input;
    const char *text;
    const char *reading;
  } vague[] = {
    { "en", "The talks could take a few weeks.", "a few", "a few weeks" },
    { "en", "She waited a few minutes.", "a few", "a few minutes" },
    { "de", "Das dauert noch wenige Wochen.", "wenige", "a few weeks" },
    { "de", "Das dauert einige Tage.", "einige", "a few days" },
    { "de", "Es kamen mehrere Hundert Menschen.", "mehrere Hundert", "hundreds" },
    { "de", "Die Frist beträgt zwei Monate.", "zwei", "2 months" },
    { "de", "Die Sitzung dauerte 24 Stunden.", "24", "24 hours" },
    { "en", "The shop closed for 1 day.", "1", "1 day" },
    { "en", "The trial lasts 2 to 3 years.", "2 to 3", "2–3 years" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (vague); i++)
    {
      g_autoptr(PxFigure) f = first_figure (vague[i].lang, vague[i].input);
      g_autofree char *reading = px_figure_format (f);

      g_test_message ("reading: %s", vague[i].input);
      g_assert_cmpstr (px_figure_get_text (f), ==, vague[i].text);
      g_assert_cmpstr (reading, ==, vague[i].reading);
    }
}

static PxFigureVerdict
verdict_across (const char *a,
                const char *b)
{
  g_autoptr(PxFigure) fa = first_figure ("de", a);
  g_autoptr(PxFigure) fb = first_figure ("en", b);

  g_test_message ("%s / %s", a, b);
  g_assert_true (px_figure_same_quantity (fa, fb));
  g_assert_cmpstr (px_figure_quantity_key (fa), ==, px_figure_quantity_key (fb));
  return px_figure_compare (fa, fb);
}

/* A German and an English figure of the same quantity meet: number
 * conventions, hedges, units and counted nouns are read to the same keys.
 */
static void
test_figure_cross_lingual (void)
{
  g_autoptr(GPtrArray) set = g_ptr_array_new_with_free_func ((GDestroyNotify)px_figure_unref);
  const char *sources[] = { "de.txt", "en.txt", NULL };
  g_autofree char *summary = NULL;

  g_assert_cmpint (verdict_across ("Es kamen 10.000 Soldaten.", "There were 10,000 soldiers."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Mehr als 10.000 Truppen.", "More than 10,000 troops."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Bis zu 12.000 Menschen.", "Up to 12,000 people."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Rund 300 Kilometer.", "About 300 kilometres."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Etwa 300 Kilometer.", "Some 300 km."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Zwischen 1,5 und 2 Millionen Euro.", "Between 1.5 and 2 million euros."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Es kamen 40 Kinder.", "There were 40 children."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Die Frist beträgt zwei Monate.", "The deadline is two months."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Das Schiff fuhr 200 Seemeilen.", "The ship sailed 200 nautical miles."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Die Stadt zählt 3.000 Haushalte.", "The town has 3,000 households."),
                   ==, PX_FIGURE_VERDICT_AGREE);
  g_assert_cmpint (verdict_across ("Mehr als 1.200 Beschäftigte.", "Some 1,200 employees."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_across ("Bis zu rund 80 Kilometer.", "Up to 80 kilometres."),
                   ==, PX_FIGURE_VERDICT_HEDGE);
  g_assert_cmpint (verdict_across ("Rund 300 Kilometer.", "About 400 kilometres."),
                   ==, PX_FIGURE_VERDICT_CONTRADICT);

  g_ptr_array_add (set, first_figure ("de", "Mehr als 1.200 Beschäftigte."));
  g_ptr_array_add (set, first_figure ("en", "Some 1,200 employees."));
  summary = px_figure_summarize (set, sources, NULL);
  g_assert_cmpstr (summary, ==, "2 sources, the same value hedged differently: >1,200 · ≈1,200");
}

/* Counted nouns outside the table of equivalents meet through the
 * German–English dictionary, in whichever order the languages come, and
 * only where a translation is the other noun.
 */
static void
test_figure_nouns_across_languages (void)
{
  static const struct
  {
    const char *de;
    const char *en;
    gboolean    same;
    PxFigureVerdict verdict;
  } nouns[] = {
    { "Die Armee hat rund 5.000 Panzer.", "The army has some 5,000 tanks.", TRUE, PX_FIGURE_VERDICT_AGREE },
    { "Mehr als 300 Brücken wurden zerstört.", "About 300 bridges were destroyed.", TRUE, PX_FIGURE_VERDICT_HEDGE },
    { "Es brannten 12 Wälder.", "Fires burned in 15 forests.", TRUE, PX_FIGURE_VERDICT_CONTRADICT },
    { "Die Armee hat 5.000 Panzer.", "The army has 5,000 bridges.", FALSE, 0 },
    { "Es brannten 12 Wälder.", "There were 12 tanks.", FALSE, 0 },
  };

  if (px_dictionary_get_de_en () == NULL)
    {
      g_test_skip ("trans-de-en is not installed");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    {
      g_autoptr(PxFigure) de = first_figure ("de", nouns[i].de);
      g_autoptr(PxFigure) en = first_figure ("en", nouns[i].en);

      g_test_message ("%s / %s", nouns[i].de, nouns[i].en);
      g_assert_cmpint (px_figure_same_quantity (de, en), ==, nouns[i].same);
      g_assert_cmpint (px_figure_same_quantity (en, de), ==, nouns[i].same);
      if (nouns[i].same)
        g_assert_cmpint (px_figure_compare (de, en), ==, nouns[i].verdict);
    }
}

/* `parallax-cli figures` on one invented event told in German and English:
 * the inflected forms are read, no count of sources is listed, and the
 * figures of the two languages are compared.
 */
static void
test_figure_cli_findings (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "findings", NULL);
  const char *json_argv[] = { "figures", "--format", "json", dir, NULL };
  const char *text_argv[] = { "figures", dir, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  JsonArray *figures, *comparisons;
  JsonObject *c;
  int status;

  json = px_test_run_cli (json_argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  figures = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "figures");
  comparisons = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                              "figure_comparisons");
  g_assert_cmpuint (json_array_get_length (figures), ==, 6);
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *f = json_array_get_object_element (figures, i);

      g_assert_cmpstr (json_object_get_string_member (f, "kind"), !=, "sourcing");
      g_assert_null (strstr (json_object_get_string_member (f, "text"), "drei"));
      g_assert_null (strstr (json_object_get_string_member (f, "text"), "hree"));
    }

  c = find_comparison (comparisons, "mitarbeit", FALSE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "hedge");
  c = find_comparison (comparisons, "km", FALSE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "hedge");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (c, "figures")), ==, 2);
  c = find_comparison (comparisons, "week", FALSE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "agree");

  text = px_test_run_cli (text_argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (text, "bis zu rund 80 Kilometern"));
  g_assert_nonnull (strstr (text, "mehr als 1.200 Beschäftigte"));
  g_assert_nonnull (strstr (text, "a few weeks"));
  g_assert_null (strstr (text, "a few week "));
  g_assert_null (strstr (text, "Quellen"));
}

/* One source gives two distances in a claim ("300 km long, ends 80 km from
 * the coast"), the other only the first: the claim's 300 km agree and the
 * 80 km is the first source's alone, never a contradiction between the
 * two. Invented reports, in German and in English.
 */
static void
test_figure_claim_two_figures (void)
{
  const char *languages[] = { "de", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "findings-two-figures",
                                                    languages[l], NULL);
      const char *argv[] = { "align", "--format", "json", dir, NULL };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;
      JsonArray *comparisons;
      guint agree = 0, single = 0;
      int status;

      json = px_test_run_cli (argv, &status, NULL);
      g_assert_cmpint (status, ==, 0);
      json_parser_load_from_data (parser, json, -1, &error);
      g_assert_no_error (error);
      comparisons = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                  "figure_comparisons");
      for (guint i = 0; i < json_array_get_length (comparisons); i++)
        {
          JsonObject *c = json_array_get_object_element (comparisons, i);
          const char *verdict = json_object_get_string_member (c, "verdict");
          guint n_figures = json_array_get_length (json_object_get_array_member (c, "figures"));

          if (!g_str_equal (json_object_get_string_member (c, "quantity"), "km"))
            continue;
          g_test_message ("%s: %s", languages[l], json_object_get_string_member (c, "summary"));
          g_assert_cmpstr (verdict, !=, "contradict");
          agree += g_str_equal (verdict, "agree") && n_figures == 2;
          single += g_str_equal (verdict, "single") && n_figures == 1;
        }
      g_assert_cmpuint (agree, ==, 1);
      g_assert_cmpuint (single, ==, 1);
    }
}

/* Offsets are absolute when reading a span inside a longer text. */
static void
test_figure_span_offsets (void)
{
  const char *text = "Erster Satz mit 5 Booten. Zweiter Satz mit mehr als 10.000 Soldaten.";
  const char *second = strstr (text, "Zweiter");
  g_autoptr(GPtrArray) figures = px_figure_extract (text, second - text, strlen (text), "de");
  PxFigure *f;

  g_assert_cmpuint (figures->len, ==, 1);
  f = g_ptr_array_index (figures, 0);
  g_assert_cmpuint (px_figure_get_start (f), ==, strstr (text, "mehr als") - text);
  g_assert_cmpstr (px_figure_get_text (f), ==, "mehr als 10.000");
}

static void
figure_unref0 (gpointer figure)
{
  if (figure != NULL)
    px_figure_unref (figure);
}

/* Precision and recall on the German sample against the gold figures. */
static void
test_figure_gold (void)
{
  g_autofree char *gold_path = g_test_build_filename (G_TEST_DIST, "data", "gold", "samples-de.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *gold;
  guint n_gold, n_found = 0, n_true = 0, n_recalled = 0;
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (figure_unref0);
  JsonArray *gold_comparisons;
  double precision, recall;

  if (!g_file_test (gold_path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no gold annotation for the German sample");
      return;
    }

  json_parser_load_from_file (parser, gold_path, &error);
  g_assert_no_error (error);
  gold = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "figures");
  n_gold = json_array_get_length (gold);
  g_ptr_array_set_size (found, n_gold);
  articles = px_test_load_sample ("de");

  for (guint a = 0; a < articles->len; a++)
    {
      PxArticle *article = g_ptr_array_index (articles, a);
      const PxSentence *sentences;
      guint n_sentences;

      sentences = px_article_get_sentences (article, &n_sentences);
      for (guint s = 0; s < n_sentences; s++)
        {
          g_autoptr(GPtrArray) figures = NULL;

          if (sentences[s].kind != PX_SENTENCE_BODY)
            continue;
          figures = px_figure_extract (px_article_get_text (article), sentences[s].start,
                                       sentences[s].end, px_article_get_language (article));
          for (guint f = 0; f < figures->len; f++)
            {
              const char *text = px_figure_get_text (g_ptr_array_index (figures, f));
              gboolean matched = FALSE;

              n_found++;
              for (guint g = 0; g < n_gold && !matched; g++)
                {
                  JsonObject *entry = json_array_get_object_element (gold, g);
                  const char *number = json_object_get_string_member (entry, "number_text");

                  if (g_hash_table_contains (used, GUINT_TO_POINTER (g + 1)) ||
                      !g_str_equal (json_object_get_string_member (entry, "document"),
                                    px_article_get_id (article)))
                    continue;
                  if (strstr (text, number) != NULL || strstr (number, text) != NULL)
                    {
                      PxFigure *fig = g_ptr_array_index (figures, f);
                      const char *qualifier = json_object_get_string_member (entry, "qualifier");

                      g_hash_table_add (used, GUINT_TO_POINTER (g + 1));
                      g_ptr_array_index (found, g) = px_figure_ref (fig);
                      matched = TRUE;

                      /* The reading must match too; a vague figure's floor
                       * is ours to choose (the gold leaves it open).
                       */
                      g_assert_cmpstr (px_figure_qualifier_to_string (px_figure_get_qualifier (fig)), ==,
                                       qualifier);
                      if (!g_str_equal (qualifier, "vague"))
                        {
                          g_assert_true (same_double (px_figure_get_low (fig),
                                                      json_object_get_null_member (entry, "low") ? NAN :
                                                      json_object_get_double_member (entry, "low")));
                          g_assert_true (same_double (px_figure_get_high (fig),
                                                      json_object_get_null_member (entry, "high") ? NAN :
                                                      json_object_get_double_member (entry, "high")));
                        }
                    }
                }
              if (matched)
                n_true++;
              else
                g_test_message ("not in gold: %s: “%s”", px_article_get_id (article), text);
            }
        }
    }

  for (guint g = 0; g < n_gold; g++)
    if (g_hash_table_contains (used, GUINT_TO_POINTER (g + 1)))
      n_recalled++;
    else
      {
        JsonObject *entry = json_array_get_object_element (gold, g);

        g_test_message ("missed: %s: “%s”", json_object_get_string_member (entry, "document"),
                        json_object_get_string_member (entry, "text"));
      }

  precision = n_found ? (double)n_true / n_found : 0;
  recall = n_gold ? (double)n_recalled / n_gold : 0;
  g_print ("# precision %.3f (%u of %u) recall %.3f (%u of %u)\n",
           precision, n_true, n_found, recall, n_recalled, n_gold);
  g_assert_cmpfloat (precision, >=, 0.9);
  g_assert_cmpfloat (recall, >=, 0.9);

  /* The gold's comparisons, with figures grouped as the annotators grouped
   * them (what alignment will do): each verdict must come out the same.
   */
  gold_comparisons = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                   "figure_comparisons");
  for (guint q = 0; q < json_array_get_length (gold_comparisons); q++)
    {
      JsonObject *comparison = json_array_get_object_element (gold_comparisons, q);
      const char *quantity = json_object_get_string_member (comparison, "quantity");
      const char *expected = json_object_get_string_member (comparison, "verdict");
      g_autoptr(GPtrArray) set = g_ptr_array_new ();
      g_autoptr(GPtrArray) sources = g_ptr_array_new ();
      PxFigureVerdict verdict;

      for (guint g = 0; g < n_gold; g++)
        {
          JsonObject *entry = json_array_get_object_element (gold, g);

          if (!g_str_equal (json_object_get_string_member (entry, "quantity"), quantity) ||
              g_ptr_array_index (found, g) == NULL)
            continue;
          g_ptr_array_add (set, g_ptr_array_index (found, g));
          g_ptr_array_add (sources, (gpointer)json_object_get_string_member (entry, "document"));
        }
      g_ptr_array_add (sources, NULL);
      verdict = px_figure_compare_set (set, (const char * const *)sources->pdata);
      g_test_message ("%s: %s (gold %s)", quantity, px_figure_verdict_to_string (verdict), expected);
      g_assert_cmpstr (px_figure_verdict_to_string (verdict), ==, expected);
    }
}

static JsonObject *
find_comparison (JsonArray  *comparisons,
                 const char *quantity,
                 gboolean    part)
{
  for (guint i = 0; i < json_array_get_length (comparisons); i++)
    {
      JsonObject *c = json_array_get_object_element (comparisons, i);

      if (g_str_equal (json_object_get_string_member (c, "quantity"), quantity) &&
          json_object_get_boolean_member (c, "part") == part)
        return c;
    }
  return NULL;
}

/* `parallax-cli figures --format json` on three invented reports of one
 * manoeuvre: the report contract, and the verdicts a reader would give.
 */
static void
test_figure_cli_json (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "figures", NULL);
  const char *argv[] = { "figures", "--format", "json", dir, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  JsonObject *root, *c;
  JsonArray *documents, *figures, *comparisons;
  int status;

  out = px_test_run_cli (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "parallax-report");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  documents = json_object_get_array_member (root, "documents");
  figures = json_object_get_array_member (root, "figures");
  comparisons = json_object_get_array_member (root, "figure_comparisons");
  g_assert_cmpuint (json_array_get_length (documents), ==, 3);
  g_assert_cmpuint (json_array_get_length (figures), ==, 15);

  /* Every figure points at its text inside its sentence. */
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *f = json_array_get_object_element (figures, i);
      const char *doc = json_object_get_string_member (f, "document");
      JsonObject *sentence = NULL;
      gint64 start = json_object_get_int_member (f, "start");
      gint64 end = json_object_get_int_member (f, "end");
      const char *text = json_object_get_string_member (f, "text");
      const char *stext;
      gint64 sstart;

      for (guint d = 0; d < json_array_get_length (documents); d++)
        {
          JsonObject *document = json_array_get_object_element (documents, d);

          if (g_str_equal (json_object_get_string_member (document, "id"), doc))
            sentence = json_array_get_object_element (json_object_get_array_member (document, "sentences"),
                                                      json_object_get_int_member (f, "sentence"));
        }
      g_assert_nonnull (sentence);
      sstart = json_object_get_int_member (sentence, "start");
      stext = json_object_get_string_member (sentence, "text");
      g_assert_cmpint (start, >=, sstart);
      g_assert_cmpint (end, <=, json_object_get_int_member (sentence, "end"));
      g_assert_cmpint (strncmp (stext + (start - sstart), text, end - start), ==, 0);
      g_assert_cmpint (strlen (text), ==, end - start);

      /* Dates, times, ordinals, years and bus lines are no figures. */
      g_assert_null (strstr (text, "2019"));
      g_assert_null (strstr (text, "118"));
      g_assert_cmpstr (text, !=, "6");
      g_assert_cmpstr (text, !=, "3.");
      g_assert_cmpstr (text, !=, "18");
    }

  /* "Mehr als 4.000", "Bis zu 5.000", "Zwischen 4.000 und 5.000", "Tausende" */
  c = find_comparison (comparisons, "soldat", FALSE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "differ");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (c, "figures")), ==, 4);

  /* "davon 600 aus Dänemark" is a contingent, never set against the total. */
  c = find_comparison (comparisons, "soldat", TRUE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "single");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (c, "figures")), ==, 1);

  c = find_comparison (comparisons, "EUR", FALSE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "contradict");

  c = find_comparison (comparisons, "km", FALSE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "hedge");

  c = find_comparison (comparisons, "schiff", FALSE);
  g_assert_nonnull (c);
  g_assert_cmpstr (json_object_get_string_member (c, "verdict"), ==, "hedge");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (c, "summary"),
                                   "3 sources, the same value hedged differently"));

  /* Open bounds are null, not zero. */
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *f = json_array_get_object_element (figures, i);

      if (g_str_equal (json_object_get_string_member (f, "qualifier"), "up-to"))
        g_assert_true (json_object_get_null_member (f, "low"));
      if (g_str_equal (json_object_get_string_member (f, "qualifier"), "more-than"))
        g_assert_true (json_object_get_null_member (f, "high"));
    }
}

static void
test_figure_cli_text (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "figures", NULL);
  const char *argv[] = { "figures", dir, NULL };
  const char *bad[] = { "figures", "--format", "xml", dir, NULL };
  g_autofree char *out = NULL;
  g_autofree char *bad_out = NULL;
  int status;

  out = px_test_run_cli (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "== nordkurier-test.txt"));
  g_assert_nonnull (strstr (out, "Mehr als 4.000 Soldaten"));
  g_assert_nonnull (strstr (out, "EUR: contradict"));

  bad_out = px_test_run_cli (bad, &status, NULL);
  g_assert_cmpint (status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/px/figure-extractor/table", test_figure_table);
  g_test_add_func ("/px/figure-extractor/span-offsets", test_figure_span_offsets);
  g_test_add_func ("/px/figure-extractor/sourcing", test_figure_sourcing);
  g_test_add_func ("/px/figure-extractor/vague-reading", test_figure_vague_reading);
  g_test_add_func ("/px/figure/cross-lingual", test_figure_cross_lingual);
  g_test_add_func ("/px/figure/nouns-across-languages", test_figure_nouns_across_languages);
  g_test_add_func ("/px/figure-extractor/cli-findings", test_figure_cli_findings);
  g_test_add_func ("/px/figure/claim-two-figures", test_figure_claim_two_figures);
  g_test_add_func ("/px/figure/strings", test_figure_strings);
  g_test_add_func ("/px/figure/same-quantity", test_figure_same_quantity);
  g_test_add_func ("/px/figure/compare", test_figure_compare);
  g_test_add_func ("/px/figure/total-and-part", test_figure_total_and_part);
  g_test_add_func ("/px/figure/summary", test_figure_summary);
  g_test_add_func ("/px/figure-extractor/gold-de", test_figure_gold);
  g_test_add_func ("/px/figure-extractor/cli-json", test_figure_cli_json);
  g_test_add_func ("/px/figure-extractor/cli-text", test_figure_cli_text);

  return g_test_run ();
}
