package org.classlytics.demo;

import java.util.Random;

/**
 * Greek names in Latin script, with their Greek spelling for the few families written in
 * Greek script (so that the fonts of pages and exports are exercised). Surnames carry the
 * male and the female form, as Greek surnames do.
 */
final class Names {

	// Latin|Greek
	private static final String[] MALE = { "Georgios|Γεώργιος", "Dimitrios|Δημήτριος", "Konstantinos|Κωνσταντίνος",
			"Ioannis|Ιωάννης", "Nikolaos|Νικόλαος", "Panagiotis|Παναγιώτης", "Vasileios|Βασίλειος", "Christos|Χρήστος",
			"Athanasios|Αθανάσιος", "Michail|Μιχαήλ", "Evangelos|Ευάγγελος", "Spyridon|Σπυρίδων", "Antonios|Αντώνιος",
			"Alexandros|Αλέξανδρος", "Petros|Πέτρος", "Stavros|Σταύρος", "Theodoros|Θεόδωρος", "Emmanouil|Εμμανουήλ",
			"Ilias|Ηλίας", "Angelos|Άγγελος", "Stefanos|Στέφανος", "Leonidas|Λεωνίδας", "Kyriakos|Κυριάκος",
			"Marios|Μάριος", "Sotirios|Σωτήριος", "Apostolos|Απόστολος", "Filippos|Φίλιππος", "Achilleas|Αχιλλέας",
			"Orestis|Ορέστης", "Pavlos|Παύλος" };

	private static final String[] FEMALE = { "Maria|Μαρία", "Eleni|Ελένη", "Aikaterini|Αικατερίνη", "Vasiliki|Βασιλική",
			"Sofia|Σοφία", "Angeliki|Αγγελική", "Georgia|Γεωργία", "Dimitra|Δήμητρα", "Konstantina|Κωνσταντίνα",
			"Paraskevi|Παρασκευή", "Christina|Χριστίνα", "Ioanna|Ιωάννα", "Evangelia|Ευαγγελία", "Anastasia|Αναστασία",
			"Eirini|Ειρήνη", "Despoina|Δέσποινα", "Panagiota|Παναγιώτα", "Theodora|Θεοδώρα", "Chrysa|Χρύσα",
			"Athina|Αθηνά", "Zoi|Ζωή", "Kalliopi|Καλλιόπη", "Myrto|Μυρτώ", "Danai|Δανάη", "Ariadni|Αριάδνη",
			"Foteini|Φωτεινή", "Stella|Στέλλα", "Nefeli|Νεφέλη", "Alexandra|Αλεξάνδρα", "Marina|Μαρίνα" };

	// male Latin|female Latin|male Greek|female Greek
	private static final String[] SURNAMES = { "Papadopoulos|Papadopoulou|Παπαδόπουλος|Παπαδοπούλου",
			"Georgiou|Georgiou|Γεωργίου|Γεωργίου", "Nikolaidis|Nikolaidou|Νικολαΐδης|Νικολαΐδου",
			"Papageorgiou|Papageorgiou|Παπαγεωργίου|Παπαγεωργίου", "Vlachos|Vlachou|Βλάχος|Βλάχου",
			"Konstantinidis|Konstantinidou|Κωνσταντινίδης|Κωνσταντινίδου", "Oikonomou|Oikonomou|Οικονόμου|Οικονόμου",
			"Makris|Makri|Μακρής|Μακρή", "Dimitriou|Dimitriou|Δημητρίου|Δημητρίου",
			"Karagiannis|Karagianni|Καραγιάννης|Καραγιάννη", "Ioannidis|Ioannidou|Ιωαννίδης|Ιωαννίδου",
			"Pappas|Pappa|Παππάς|Παππά", "Antoniou|Antoniou|Αντωνίου|Αντωνίου",
			"Christodoulou|Christodoulou|Χριστοδούλου|Χριστοδούλου", "Alexiou|Alexiou|Αλεξίου|Αλεξίου",
			"Athanasiou|Athanasiou|Αθανασίου|Αθανασίου",
			"Panagiotopoulos|Panagiotopoulou|Παναγιωτόπουλος|Παναγιωτοπούλου",
			"Kyriakidis|Kyriakidou|Κυριακίδης|Κυριακίδου", "Michailidis|Michailidou|Μιχαηλίδης|Μιχαηλίδου",
			"Angelopoulos|Angelopoulou|Αγγελόπουλος|Αγγελοπούλου", "Economides|Economidou|Οικονομίδης|Οικονομίδου",
			"Stavropoulos|Stavropoulou|Σταυρόπουλος|Σταυροπούλου", "Zervas|Zerva|Ζέρβας|Ζέρβα",
			"Tsakalos|Tsakalou|Τσάκαλος|Τσακάλου", "Mavridis|Mavridou|Μαυρίδης|Μαυρίδου", "Kouris|Kouri|Κουρής|Κουρή",
			"Lamprou|Lamprou|Λάμπρου|Λάμπρου", "Sideris|Sideri|Σιδέρης|Σιδέρη", "Theodorou|Theodorou|Θεοδώρου|Θεοδώρου",
			"Hatzis|Hatzi|Χατζής|Χατζή", "Kostopoulos|Kostopoulou|Κωστόπουλος|Κωστοπούλου",
			"Galanis|Galani|Γαλάνης|Γαλάνη", "Raptis|Rapti|Ράπτης|Ράπτη", "Spanos|Spanou|Σπανός|Σπανού",
			"Farmakis|Farmaki|Φαρμάκης|Φαρμάκη", "Tzortzis|Tzortzi|Τζωρτζής|Τζωρτζή" };

	private Names() {
	}

	/**
	 * A name as shown and its Latin spelling, which the email address is made from.
	 */
	record Name(String first, String last, String latinFirst, String latinLast) {

	}

	/**
	 * A family surname, picked once and given to each member in their gender's form.
	 */
	static int surname(Random random) {
		return random.nextInt(SURNAMES.length);
	}

	static Name person(Random random, int surname, boolean female, boolean greekScript) {
		String[] firstNames = female ? FEMALE : MALE;
		String[] first = firstNames[random.nextInt(firstNames.length)].split("\\|");
		String[] last = SURNAMES[surname].split("\\|");
		String latinLast = female ? last[1] : last[0];
		String greekLast = female ? last[3] : last[2];
		return greekScript ? new Name(first[1], greekLast, first[0], latinLast)
				: new Name(first[0], latinLast, first[0], latinLast);
	}

}
