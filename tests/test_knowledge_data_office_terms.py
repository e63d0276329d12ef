"""Consistency of the bundled people file: office holders hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_data_a_person_resolves_to_the_office_held_on_the_date() -> None:
    from datetime import date

    from parley.knowledge import load_knowledge

    entries = [a for a in load_knowledge().actors if a.phrase == "Vladimir Putin" and a.office == "President"]
    assert entries and all(e.code == "RUS" for e in entries)
    assert any(e.valid_on(date(2003, 5, 1)) for e in entries)
    assert not any(e.valid_on(date(2010, 5, 1)) for e in entries)  # prime minister then


def test_knowledge_data_army_chiefs_and_interior_ministers_hold_office_on_their_dates() -> None:
    assert offices("Anupong Paochinda", date(2009, 3, 1)) == {("THA", "Army Commander")}
    assert offices("Anupong Paochinda", date(2016, 3, 1)) == {("THA", "Interior Minister")}
    assert ("IND", "Chief of Army Staff") in offices("V. K. Singh", date(2011, 1, 1))
    assert not offices("Shavendra Silva", date(2018, 1, 1))  # army commander only from August 2019
    assert offices("Hissein Brahim Taha", date(2023, 1, 1)) == {("IGO", "OIC Secretary General")}


def test_knowledge_data_smaller_states_ministers_and_regional_secretaries_hold_office_on_their_dates() -> None:
    assert offices("Claus Hjort Frederiksen", date(2018, 1, 1)) == {("DNK", "Defence Minister")}
    assert offices("Michelle Bachelet", date(2003, 1, 1)) == {("CHL", "Defence Minister")}
    assert ("LVA", "Defence Minister") in offices("Artis Pabriks", date(2020, 1, 1))
    assert not offices("Artis Pabriks", date(2016, 1, 1))  # Bergmanis held the ministry between his terms
    assert offices("Søren Gade", date(2006, 1, 1)) == {("DNK", "Defence Minister")}  # the alias in Danish spelling
    assert offices("Rashid Alimov", date(2017, 1, 1)) == {("IGO", "SCO Secretary-General")}
    assert offices("Imangali Tasmagambetov", date(2024, 1, 1)) == {("IGO", "CSTO Secretary General")}


def test_knowledge_data_un_deputies_spokespeople_and_ngo_heads_hold_office_on_their_dates() -> None:
    assert offices("Amina Mohammed", date(2020, 1, 1)) == {("UNO", "UN Deputy Secretary-General")}
    assert ("UNO", "UN Deputy Secretary-General") in offices("Jan Eliasson", date(2014, 1, 1))
    assert not offices("Jan Eliasson", date(2018, 1, 1))  # Amina Mohammed's deputy term by then
    assert offices("Melissa Fleming", date(2015, 1, 1)) == {("UNO", "UNHCR Chief Spokesperson")}
    assert offices("Kenneth Roth", date(2010, 1, 1)) == {("NGO", "Human Rights Watch Executive Director")}
    assert offices("Workneh Gebeyehu", date(2021, 1, 1)) == {("IGO", "IGAD Executive Secretary")}


def test_knowledge_data_ministry_military_and_armed_group_spokespeople_hold_office_on_their_dates() -> None:
    assert offices("Raveesh Kumar", date(2019, 3, 1)) == {("IND", "Foreign Ministry Spokesperson")}
    assert not offices("Raveesh Kumar", date(2022, 1, 1))  # Arindam Bagchi's term by then
    assert offices("Tanju Bilgic", date(2022, 1, 1)) == {("TUR", "Foreign Ministry Spokesperson")}
    assert offices("Daniel Hagari", date(2024, 1, 1)) == {("ISR", "IDF Spokesperson")}
    assert offices("Yahya Saree", date(2024, 1, 1)) == {("YEM", "Houthi Military Spokesman")}
    assert offices("Lee Sang-min", date(2023, 1, 1)) == {("KOR", "Interior Minister")}
    assert offices("Riad Seif", date(2017, 9, 1)) == {("SYR", "Syrian National Coalition President")}


def test_knowledge_data_vice_presidents_prime_ministers_and_defence_heads_hold_office_on_their_dates() -> None:
    assert offices("Julio Cobos", date(2009, 6, 1)) == {("ARG", "Vice President")}
    assert offices("Cristina Fernandez de Kirchner", date(2021, 6, 1)) == {("ARG", "Vice President")}
    assert offices("Oscar Naranjo", date(2018, 1, 1)) == {("COL", "Vice President")}
    assert offices("Karim Khalili", date(2010, 1, 1)) == {("AFG", "Second Vice President")}
    assert offices("Alberto Otarola", date(2023, 6, 1)) == {("PER", "Prime Minister")}
    assert not offices("Alberto Otarola", date(2024, 6, 1))  # Gustavo Adrianzen's term by then
    assert offices("Hosei Norota", date(1999, 3, 1)) == {("JPN", "Defence Agency Director General")}
    assert offices("Levan Izoria", date(2018, 1, 1)) == {("GEO", "Defence Minister")}
    assert offices("Irakli Garibashvili", date(2020, 6, 1)) == {("GEO", "Defence Minister")}
    assert offices("Irakli Garibashvili", date(2022, 6, 1)) == {("GEO", "Prime Minister")}
    assert offices("Radmila Sekerinska", date(2020, 1, 1)) == {("MKD", "Defence Minister")}
    assert offices("Ante Kotromanovic", date(2014, 1, 1)) == {("HRV", "Defence Minister")}


def test_knowledge_data_recent_foreign_ministers_and_un_mission_heads_hold_office_on_their_dates() -> None:
    assert offices("Ana Cecilia Gervasi", date(2023, 3, 1)) == {("PER", "Foreign Minister")}
    assert not offices("Ana Cecilia Gervasi", date(2024, 3, 1))  # Javier Gonzalez-Olaechea's term by then
    assert offices("Hussein Awad Ali", date(2024, 6, 1)) == {("SDN", "Foreign Minister")}
    assert offices("Ali Youssef", date(2025, 1, 1)) == {("SDN", "Foreign Minister")}
    assert not offices("Ali Youssef", date(2024, 6, 1))  # Hussein Awad Ali held it between his two terms
    assert offices("Gent Cakaj", date(2020, 1, 1)) == {("ALB", "Acting Foreign Minister")}
    assert offices("Bakhtiyor Saidov", date(2024, 1, 1)) == {("UZB", "Foreign Minister")}
    assert offices("Malick Diaw", date(2022, 1, 1)) == {("MLI", "National Transitional Council President")}
    assert offices("Volker Perthes", date(2022, 1, 1)) == {("UNO", "UN Special Representative for Sudan")}
    assert offices("Joyce Msuya", date(2024, 9, 1)) == {("UNO", "Acting UN Emergency Relief Coordinator")}


def test_knowledge_data_african_and_middle_eastern_office_holders_hold_office_on_their_dates() -> None:
    assert offices("Chérif Mahamat Zene", date(2019, 1, 1)) == {("TCD", "Foreign Minister")}
    assert not offices("Chérif Mahamat Zene", date(2021, 1, 1))  # Amine Abba Sidick's term between his two
    assert offices("Amine Abba Sidick", date(2021, 1, 1)) == {("TCD", "Foreign Minister")}
    assert offices("Hissein Brahim Taha", date(2017, 6, 1)) == {("TCD", "Foreign Minister")}
    assert offices("Hissein Brahim Taha", date(2023, 1, 1)) == {("IGO", "OIC Secretary General")}
    assert offices("Célestin Mbala Musense", date(2020, 1, 1)) == {("COD", "Chief of General Staff")}
    assert offices("Jean Bosco Kazura", date(2021, 1, 1)) == {("RWA", "Chief of Defence Staff")}
    assert offices("Martins Okoth Ochola", date(2020, 1, 1)) == {("UGA", "Inspector General of Police")}
    assert not offices("Martins Okoth Ochola", date(2024, 6, 1))  # Abbas Byakagaba's term by then
    assert offices("Lotfi Brahem", date(2018, 1, 1)) == {("TUN", "Interior Minister")}
    assert offices("Ahmadreza Radan", date(2024, 1, 1)) == {("IRN", "Police Chief")}
    assert offices("Reem Al Hashimy", date(2023, 1, 1)) == {("ARE", "Minister of State for International Cooperation")}


def test_knowledge_data_police_chiefs_security_ministers_and_regional_governors_hold_office_on_their_dates() -> None:
    assert offices("Ronald dela Rosa", date(2017, 1, 1)) == {("PHL", "Philippine National Police Chief")}
    assert not offices("Ronald dela Rosa", date(2019, 1, 1))  # Oscar Albayalde's term by then
    assert offices("Tiran Alles", date(2023, 6, 1)) == {("LKA", "Public Security Minister")}
    assert offices("Ramesh Lekhak", date(2025, 1, 1)) == {("NPL", "Home Minister")}
    assert not offices("Rabi Lamichhane", date(2023, 6, 1))  # between his two terms
    assert offices("Agne Bilotaite", date(2022, 1, 1)) == {("LTU", "Interior Minister")}
    assert not offices("Rihards Kozlovskis", date(2021, 1, 1))  # between his two terms
    assert offices("Nenad Nesic", date(2024, 1, 1)) == {("BIH", "Security Minister")}
    assert offices("Sifet Podzic", date(2021, 1, 1)) == {("BIH", "Defence Minister")}
    assert offices("Babar Iftikhar", date(2021, 1, 1)) == {("PAK", "ISPR Director General")}
    assert offices("Ivan Fedorov", date(2022, 3, 15)) == {("UKR", "Mayor of Melitopol")}
    assert offices("Ivan Fedorov", date(2024, 6, 1)) == {("UKR", "Zaporizhzhia Regional Governor")}
    assert offices("Roman Starovoit", date(2023, 1, 1)) == {("RUS", "Kursk Regional Governor")}
    assert offices("Roman Starovoit", date(2025, 1, 1)) == {("RUS", "Transport Minister")}
    assert offices("Vyacheslav Gladkov", date(2023, 6, 1)) == {("RUS", "Belgorod Regional Governor")}


def test_knowledge_data_interior_and_security_ministers_hold_office_on_their_dates() -> None:
    assert offices("Selami Altinok", date(2015, 10, 1)) == {("TUR", "Interior Minister")}
    assert not offices("Selami Altinok", date(2016, 1, 1))  # Efkan Ala's second term by then
    assert offices("Irakli Garibashvili", date(2013, 3, 1)) == {("GEO", "Interior Minister")}
    assert offices("Michalis Chrisochoidis", date(2020, 3, 1)) == {("GRC", "Citizen Protection Minister")}
    assert not offices("Michalis Chrisochoidis", date(2015, 1, 1))  # between his terms
    assert offices("Teresa Piotrowska", date(2015, 3, 1)) == {("POL", "Interior Minister")}
    assert offices("Igor Shunevich", date(2016, 1, 1)) == {("BLR", "Interior Minister")}
    assert not offices("Igor Shunevich", date(2020, 1, 1))  # Yuri Karaev's term by then
    assert offices("Rogelio Frigerio", date(2017, 1, 1)) == {("ARG", "Interior Minister")}
    assert offices("Lucian Bode", date(2022, 6, 1)) == {("ROU", "Interior Minister")}
    assert offices("Jose Luis Carneiro", date(2023, 1, 1)) == {("PRT", "Internal Administration Minister")}
    assert offices("Dilan Yesilgoz", date(2023, 1, 1)) == {("NLD", "Justice and Security Minister")}
    assert offices("Raul Jungmann", date(2018, 6, 1)) == {("BRA", "Public Security Minister")}
    assert offices("Ko Ko", date(2014, 1, 1)) == {("MMR", "Home Affairs Minister")}
    assert offices("Viktor Zolotov", date(2022, 1, 1)) == {("RUS", "National Guard Director")}


def test_knowledge_data_asian_african_and_middle_eastern_ministers_fill_office_gaps() -> None:
    assert offices("Pradeep Gyawali", date(2019, 6, 1)) == {("NPL", "Foreign Minister")}
    assert not offices("Pradeep Gyawali", date(2021, 9, 1))  # Narayan Khadka's term by then
    assert offices("Narayan Kaji Shrestha", date(2012, 6, 1)) == {("NPL", "Foreign Minister")}
    assert not offices("Narayan Kaji Shrestha", date(2020, 1, 1))  # between his two terms
    assert offices("Sabahattin Cakmakoglu", date(2001, 1, 1)) == {("TUR", "Defence Minister")}
    assert offices("Erkki Nghimtina", date(2005, 1, 1)) == {("NAM", "Defence Minister")}
    assert offices("Nahas Angula", date(2014, 1, 1)) == {("NAM", "Defence Minister")}
    assert offices("Saadoun al-Dulaimi", date(2013, 1, 1)) == {("IRQ", "Defence Minister")}
    assert not offices("Saadoun al-Dulaimi", date(2009, 1, 1))  # Abdul Qadir al-Obeidi's term
    assert offices("Fawziya Yusuf Haji Adan", date(2013, 6, 1)) == {("SOM", "Foreign Minister")}
    assert offices("Filipe Nyusi", date(2010, 1, 1)) == {("MOZ", "Defence Minister")}
    assert offices("Filipe Nyusi", date(2020, 1, 1)) == {("MOZ", "President")}
    assert offices("Than Shwe", date(1995, 1, 1)) >= {("MMR", "Prime Minister")}
    assert offices("Edgar Alain Mebe Ngo'o", date(2012, 1, 1)) == {("CMR", "Defence Minister")}


def test_knowledge_data_european_defence_and_foreign_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Bacho Akhalaia", date(2011, 1, 1)) == {("GEO", "Defence Minister")}
    assert offices("Vecdi Gonul", date(2016, 1, 1)) == {("TUR", "Defence Minister")}
    assert not offices("Vecdi Gonul", date(2013, 1, 1))  # Ismet Yilmaz's term, between his two
    assert offices("Stefan Yanev", date(2022, 1, 15)) == {("BGR", "Defence Minister")}
    assert offices("Stefan Yanev", date(2021, 7, 1)) == {("BGR", "Prime Minister")}
    assert offices("Andreja Katic", date(2016, 1, 1)) == {("SVN", "Defence Minister")}
    assert offices("Hannes Hanso", date(2016, 1, 1)) == {("EST", "Defence Minister")}
    assert offices("Sandra Kalniete", date(2003, 6, 1)) == {("LVA", "Foreign Minister")}
    assert offices("Volodymyr Khandogiy", date(2009, 6, 1)) == {("UKR", "Acting Foreign Minister")}
    assert offices("Christopher Miller", date(2020, 12, 1)) == {("USA", "Acting Defense Secretary")}
    assert offices("Walter Martos", date(2020, 10, 1)) == {("PER", "Prime Minister")}
    assert not offices("Cesar Villanueva", date(2016, 1, 1))  # between his two terms


def test_knowledge_data_un_mission_heads_envoys_and_regional_commissioners_hold_office_on_their_dates() -> None:
    assert offices("Leila Zerrougui", date(2019, 1, 1)) == {("UNO", "Head of MONUSCO")}
    assert offices("Leila Zerrougui", date(2014, 1, 1)) == {
        ("UNO", "UN Special Representative for Children and Armed Conflict")
    }
    assert offices("David Shearer", date(2018, 1, 1)) == {("UNO", "Head of UNMISS")}
    assert offices("David Shearer", date(2012, 6, 1)) == {("NZL", "Opposition Leader")}
    assert offices("Bert Koenders", date(2014, 1, 1)) == {("UNO", "Head of MINUSMA")}
    assert offices("Bert Koenders", date(2016, 1, 1)) == {("NLD", "Foreign Minister")}
    assert offices("Bernard Kouchner", date(2000, 1, 1)) == {("UNO", "Head of UNMIK")}
    assert offices("Erastus Mwencha", date(2012, 1, 1)) == {("IGO", "AU Commission Deputy Chairperson")}
    assert offices("Michael Beary", date(2017, 1, 1)) == {("UNO", "UNIFIL Force Commander")}
    assert offices("Smail Chergui", date(2016, 1, 1)) == {("IGO", "AU Peace and Security Commissioner")}
    assert offices("Ramtane Lamamra", date(2010, 1, 1)) == {("IGO", "AU Peace and Security Commissioner")}
    assert offices("Richard Sezibera", date(2013, 1, 1)) == {("IGO", "EAC Secretary General")}
    assert offices("James Baker", date(2000, 1, 1)) == {("UNO", "UN Personal Envoy for Western Sahara")}
    assert offices("James Baker", date(1990, 1, 1)) == {("USA", "Secretary of State")}
    assert not offices("Nicholas Haysom", date(2017, 1, 1))  # between his Afghan and Somali posts


def test_knowledge_data_interior_ministers_of_asia_africa_and_the_middle_east_hold_office_on_their_dates() -> None:
    assert offices("Naseerullah Babar", date(1995, 1, 1)) == {("PAK", "Interior Minister")}
    assert offices("Chaudhry Shujaat Hussain", date(1998, 1, 1)) == {("PAK", "Interior Minister")}
    assert offices("Chaudhry Shujaat Hussain", date(2004, 7, 1)) == {("PAK", "Prime Minister")}
    assert offices("Natan Sharansky", date(2000, 1, 1)) == {("ISR", "Interior Minister")}
    assert offices("Malusi Gigaba", date(2016, 1, 1)) == {("ZAF", "Home Affairs Minister")}
    # between his two home affairs terms he was finance minister
    assert offices("Malusi Gigaba", date(2017, 12, 1)) == {("ZAF", "Finance Minister")}
    assert offices("Yogie Suardi Memet", date(1995, 1, 1)) == {("IDN", "Home Affairs Minister")}
    assert offices("Abdullah Ahmad Badawi", date(2001, 1, 1)) == {("MYS", "Home Minister")}
    assert offices("Bui Thien Ngo", date(1993, 1, 1)) == {("VNM", "Public Security Minister")}
    assert offices("Kahinda Otafiire", date(2023, 1, 1)) == {("UGA", "Interior Minister")}
    assert offices("Farhat Rajhi", date(2011, 2, 15)) == {("TUN", "Interior Minister")}


def test_knowledge_data_european_and_american_interior_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Bacho Akhalaia", date(2012, 8, 1)) == {("GEO", "Interior Minister")}
    assert offices("Bacho Akhalaia", date(2011, 3, 1)) == {("GEO", "Defence Minister")}
    assert offices("Joelle Milquet", date(2013, 1, 1)) == {("BEL", "Interior Minister")}
    assert offices("Ivo Opstelten", date(2012, 1, 1)) == {("NLD", "Justice and Security Minister")}
    assert offices("Maria Lucia Amaral", date(2025, 9, 1)) == {("PRT", "Internal Administration Minister")}
    assert offices("Oliver Spasovski", date(2018, 1, 1)) == {("MKD", "Interior Minister")}
    assert offices("Oliver Spasovski", date(2020, 3, 1)) == {("MKD", "Prime Minister")}
    assert offices("Daniel Mitov", date(2025, 6, 1)) == {("BGR", "Interior Minister")}
    assert offices("Daniel Mitov", date(2016, 1, 1)) == {("BGR", "Foreign Minister")}
    assert offices("Carmen Melendez", date(2015, 1, 1)) == {("VEN", "Interior Minister")}
    assert not offices("Martin Pecina", date(2012, 1, 1))  # between his two terms


def test_knowledge_data_european_and_american_defence_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Werner Fasslabend", date(1995, 1, 1)) == {("AUT", "Defence Minister")}
    assert offices("Joris Voorhoeve", date(1995, 7, 1)) == {("NLD", "Defence Minister")}
    assert offices("Eimert van Middelkoop", date(2010, 6, 1)) == {("NLD", "Defence Minister")}  # stayed after Feb 2010
    assert offices("Johan Joergen Holst", date(1992, 1, 1)) == {("NOR", "Defence Minister")}
    assert offices("Johan Joergen Holst", date(1993, 6, 1)) == {("NOR", "Foreign Minister")}
    assert offices("Janez Jansa", date(1991, 7, 1)) == {("SVN", "Defence Minister")}
    assert offices("Janez Jansa", date(2005, 1, 1)) == {("SVN", "Prime Minister")}
    assert offices("Enda Kenny", date(2015, 1, 1)) == {("IRL", "Taoiseach"), ("IRL", "Defence Minister")}
    assert offices("Pierre Beregovoy", date(1993, 3, 20)) == {
        ("FRA", "Prime Minister"),
        ("FRA", "Acting Defence Minister"),
    }
    assert offices("Richard Spencer", date(2019, 7, 20)) == {("USA", "Acting Defense Secretary")}
    assert not offices("Piotr Kolodziejczyk", date(1993, 1, 1))  # between his two terms


def test_knowledge_data_defence_ministers_of_asia_africa_and_the_middle_east_hold_office_on_their_dates() -> None:
    assert offices("Rao Sikandar Iqbal", date(2005, 1, 1)) == {("PAK", "Defence Minister")}
    assert offices("Anwar Ali Hyder", date(2023, 12, 1)) == {("PAK", "Defence Minister")}
    assert offices("Chiang Chung-ling", date(1997, 1, 1)) == {("TWN", "Defence Minister")}
    assert offices("Pramod Mahajan", date(1996, 5, 20)) == {("IND", "Defence Minister")}
    assert not offices("Pramod Mahajan", date(1996, 6, 2))  # the thirteen-day government had fallen
    # a head of government who kept the portfolio holds both offices
    assert offices("Sheikh Hasina", date(2015, 1, 1)) == {("BGD", "Prime Minister"), ("BGD", "Defence Minister")}
    assert ("JOR", "Defence Minister") in offices("Hani Mulki", date(2017, 1, 1))
    assert offices("Tea Banh", date(2000, 1, 1)) == {("KHM", "Defence Minister")}
    assert offices("Alberto Chipande", date(1992, 1, 1)) == {("MOZ", "Defence Minister")}
    assert offices("Augustin Bizimana", date(1994, 4, 10)) == {("RWA", "Defence Minister")}
    assert offices("Khaled Sehili", date(2025, 1, 1)) == {("TUN", "Defence Minister")}


def test_knowledge_data_european_and_american_foreign_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Paskal Milo", date(1999, 5, 1)) == {("ALB", "Foreign Minister")}
    assert offices("Ilir Meta", date(2010, 1, 1)) == {("ALB", "Foreign Minister")}
    assert offices("Ilir Meta", date(2000, 1, 1)) == {("ALB", "Prime Minister")}
    assert offices("Jadranko Prlic", date(1998, 6, 1)) == {("BIH", "Foreign Minister")}
    assert offices("Haris Silajdzic", date(1992, 5, 1)) == {("BIH", "Foreign Minister")}
    assert offices("Haris Silajdzic", date(1995, 5, 1)) == {("BIH", "Prime Minister")}
    assert offices("Siim Kallas", date(1996, 1, 1)) == {("EST", "Foreign Minister")}
    assert offices("Valdis Birkavs", date(1997, 1, 1)) == {("LVA", "Foreign Minister")}
    assert offices("Daniel Mitov", date(2014, 9, 1)) == {("BGR", "Foreign Minister")}
    assert offices("Petros Molyviatis", date(2015, 9, 1)) == {("GRC", "Foreign Minister")}
    assert offices("Roberto Tovar Faja", date(2004, 1, 1)) == {("CRI", "Foreign Minister")}
    assert offices("Didier Opertti", date(2001, 1, 1)) == {("URY", "Foreign Minister")}
    assert not offices("Petros Molyviatis", date(2013, 1, 1))  # between his caretaker terms


def test_knowledge_data_foreign_ministers_of_asia_africa_and_the_middle_east_hold_office_on_their_dates() -> None:
    assert offices("Vidya Charan Shukla", date(1991, 1, 1)) == {("IND", "Foreign Minister")}
    assert offices("Sikander Bakht", date(1996, 5, 25)) == {("IND", "Foreign Minister")}
    assert not offices("Sikander Bakht", date(1996, 6, 2))  # the thirteen-day government had fallen
    assert offices("Abdullah Hussain Haroon", date(2018, 7, 1)) == {("PAK", "Caretaker Foreign Minister")}
    assert offices("Ali Bozer", date(1990, 6, 1)) == {("TUR", "Foreign Minister")}
    assert offices("Feridun Sinirlioglu", date(2015, 10, 1)) == {("TUR", "Foreign Minister")}
    assert offices("Mouldi Kefi", date(2011, 6, 1)) == {("TUN", "Foreign Minister")}
    assert offices("George Saitoti", date(2011, 3, 1)) == {
        ("KEN", "Interior Minister"),
        ("KEN", "Acting Foreign Minister"),
    }
    # a head of government who kept the portfolio holds both offices
    assert offices("Nawaz Sharif", date(2015, 1, 1)) == {("PAK", "Prime Minister"), ("PAK", "Foreign Minister")}


def test_knowledge_data_un_ambassadors_finance_ministers_and_central_bankers_hold_office_on_their_dates() -> None:
    assert offices("Danny Danon", date(2017, 1, 1)) == {("ISR", "UN Ambassador")}
    assert not offices("Danny Danon", date(2022, 1, 1))  # Gilad Erdan's term between his two
    assert offices("Gilad Erdan", date(2022, 1, 1)) == {("ISR", "UN Ambassador")}
    assert offices("Anton Siluanov", date(2015, 1, 1)) == {("RUS", "Finance Minister")}
    assert offices("Yanis Varoufakis", date(2015, 3, 1)) == {("GRC", "Finance Minister")}
    assert not offices("Euclid Tsakalotos", date(2015, 9, 1))  # the caretaker government's weeks
    assert offices("Haruhiko Kuroda", date(2016, 1, 1)) == {("JPN", "Bank of Japan Governor")}
    assert offices("Wendy Sherman", date(2022, 1, 1)) == {("USA", "Deputy Secretary of State")}
    assert offices("Pierre Moscovici", date(2016, 1, 1)) == {("EUR", "EU Economic Affairs Commissioner")}
    # a head of government's earlier portfolio: Naoto Kan was finance minister before he was prime minister
    assert offices("Naoto Kan", date(2010, 3, 1)) == {("JPN", "Finance Minister")}


def test_knowledge_data_1990s_defence_and_interior_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Johan Vande Lanotte", date(1996, 6, 1)) == {("BEL", "Interior Minister")}
    assert offices("Louis Tobback", date(1998, 6, 1)) == {("BEL", "Interior Minister")}
    assert not offices("Louis Tobback", date(1996, 6, 1))  # Vande Lanotte's term, between his two
    assert offices("Vyron Polydoras", date(2007, 1, 1)) == {("GRC", "Public Order Minister")}
    assert offices("Zoran Stankovic", date(2006, 1, 1)) == {("SCG", "Defence Minister")}
    assert offices("Zoran Stankovic", date(2007, 1, 1)) == {("SRB", "Defence Minister")}
    assert offices("Dragoljub Ojdanic", date(2000, 6, 1)) == {("YUG", "Defence Minister")}
    assert offices("Chettha Thanajaro", date(2004, 9, 1)) == {("THA", "Defence Minister")}
    assert offices("Davit Tevzadze", date(2001, 1, 1)) == {("GEO", "Defence Minister")}
    assert offices("Guusje ter Horst", date(2008, 1, 1)) == {("NLD", "Interior Minister")}
