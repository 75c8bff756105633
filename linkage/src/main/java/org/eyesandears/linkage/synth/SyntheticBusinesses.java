package org.eyesandears.linkage.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates synthetic UK business records. Each business gets a clean "true" record; a share of
 * businesses ({@code duplicateRate}) appear 2-4 times, each copy typed differently, as different
 * agencies would. Hard cases are built in: chains with the same name at many addresses, several
 * businesses at one address (units in a business centre), and family names shared by unrelated
 * businesses. Output is shuffled so duplicates are not adjacent. Deterministic for a given seed.
 */
public final class SyntheticBusinesses {

    /** Default share of businesses that appear more than once. */
    public static final double DEFAULT_DUPLICATE_RATE = 0.3;

    /** CSV header of generated files. */
    public static final List<String> HEADER = List.of("true_id", "id", "name", "address", "town",
            "postcode", "phone", "company", "uprn", "contact");

    private static final String[][] TOWNS = {
        {"London", "E", "020"}, {"London", "N", "020"}, {"London", "SE", "020"}, {"London", "SW", "020"},
        {"London", "W", "020"}, {"London", "NW", "020"}, {"London", "EC", "020"}, {"Leeds", "LS", "0113"},
        {"Manchester", "M", "0161"}, {"Birmingham", "B", "0121"}, {"Liverpool", "L", "0151"},
        {"Sheffield", "S", "0114"}, {"Bristol", "BS", "0117"}, {"Newcastle upon Tyne", "NE", "0191"},
        {"Nottingham", "NG", "0115"}, {"Leicester", "LE", "0116"}, {"Glasgow", "G", "0141"},
        {"Edinburgh", "EH", "0131"}, {"Cardiff", "CF", "029"}, {"Belfast", "BT", "028"},
        {"Southampton", "SO", "023"}, {"Brighton", "BN", "01273"}, {"Oxford", "OX", "01865"},
        {"Cambridge", "CB", "01223"}, {"York", "YO", "01904"}, {"Norwich", "NR", "01603"},
        {"Exeter", "EX", "01392"}, {"Plymouth", "PL", "01752"}, {"Bradford", "BD", "01274"},
        {"Coventry", "CV", "024"}, {"Stoke-on-Trent", "ST", "01782"}, {"Derby", "DE", "01332"},
        {"Hull", "HU", "01482"}, {"Reading", "RG", "0118"}, {"Swansea", "SA", "01792"},
        {"Aberdeen", "AB", "01224"}, {"Dundee", "DD", "01382"}, {"Preston", "PR", "01772"},
        {"Bolton", "BL", "01204"}, {"Wakefield", "WF", "01924"}, {"Sunderland", "SR", "0191"},
        {"Wolverhampton", "WV", "01902"}, {"Milton Keynes", "MK", "01908"}, {"Luton", "LU", "01582"},
        {"Ipswich", "IP", "01473"}, {"Gloucester", "GL", "01452"}, {"Lincoln", "LN", "01522"},
        {"Carlisle", "CA", "01228"}, {"Canterbury", "CT", "01227"}, {"St Albans", "AL", "01727"},
    };
    private static final String[] STREET_NAMES = {"High", "Station", "Church", "Park", "Victoria",
        "Green", "Manor", "Kings", "Queens", "Mill", "New", "London", "York", "Albert", "Market",
        "Springfield", "Grange", "North", "South", "West", "East", "Chapel", "School", "Bridge",
        "Castle", "Windsor", "Richmond", "Alexandra", "Broad", "Cedar", "Elm", "Oak", "Willow",
        "Beech", "Ash", "Meadow", "Orchard", "Riverside", "Canal", "Abbey", "Priory", "Queen",
        "George", "Princes", "Stanley", "Nelson", "Wellington", "Cromwell", "Tudor", "Avondale",
        "Belmont", "Clarence", "Hamilton", "Highfield", "Hillside", "Lansdowne", "Marlborough",
        "Moor", "Newton", "Oxford", "Rectory", "St Johns", "St Marys", "Warwick", "Woodland",
        "Brook", "Cambridge", "Crown", "Dale", "Forest", "Heath", "Holly", "Lime", "Rose", "Silver",
        "Spring", "Sycamore", "Valley", "Vicarage", "Water", "Well", "Derby", "Denmark", "Dover",
        "Exeter", "Gladstone", "Grosvenor", "Harrow", "Kent", "Leicester", "Linden", "Maple",
        "Norfolk", "Osborne", "Palmerston", "Regent", "Rutland", "Salisbury", "Shakespeare",
        "Somerset", "Stafford", "Tennyson", "Trafalgar", "Vernon", "Walnut", "Westbourne"};
    private static final String[][] STREET_TYPES = {{"Street", "St"}, {"Road", "Rd"},
        {"Avenue", "Ave"}, {"Lane", "Ln"}, {"Drive", "Dr"}, {"Place", "Pl"}, {"Close", "Cl"},
        {"Crescent", "Cres"}, {"Gardens", "Gdns"}, {"Square", "Sq"}, {"Terrace", "Terr"},
        {"Way", "Way"}, {"Parade", "Pde"}, {"Grove", "Gr"}};
    private static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams",
        "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker",
        "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson", "Wood", "Harris",
        "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "King",
        "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson", "Davis",
        "Parker", "James", "Bennett", "Young", "Phillips", "Richardson", "Mitchell", "Bailey",
        "Carter", "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly", "Begum", "Miller",
        "Cox", "Hussain", "Marshall", "Simpson", "Price", "Anderson", "Adams", "Wilkinson", "Ali",
        "Ahmed", "Foster", "Ellis", "Murphy", "Chapman", "Mason", "Gray", "Richards", "Webb",
        "Griffiths", "Hunt", "Palmer", "Campbell", "Holmes", "Mills", "Rogers", "Barnes", "Knight",
        "Matthews", "Barker", "Powell", "Stevens", "Kaur", "Fisher", "Butler", "Dixon", "Russell",
        "Harvey", "Pearson", "Graham", "Nowak", "Kowalski", "Nguyen", "Chen", "Okafor", "Mensah",
        "Yilmaz", "Rossi", "Costa", "Murray", "Kaya", "Demir", "Sharma", "Gupta", "Rahman", "Uddin",
        "O'Brien", "O'Neill", "McDonald", "MacLeod", "Fraser", "Stewart", "Reid", "Ross"};
    private static final String[] FIRST_NAMES = {"John", "David", "Sarah", "Emma", "James",
        "Mohammed", "Priya", "Anna", "Michael", "Laura", "Daniel", "Aisha", "Tom", "Sophie",
        "Chris", "Olivia", "Ahmed", "Grace", "Peter", "Hannah", "Raj", "Fatima", "Mark", "Jessica",
        "Paul", "Zara", "Andrew", "Chloe", "Piotr", "Agnieszka", "Kwame", "Mei", "Luca", "Ewa"};
    private static final String[] ADJECTIVES = {"Golden", "Royal", "Happy", "Lucky", "Red",
        "Blue", "Green", "Silver", "Little", "Old", "New", "Grand", "Imperial", "Jolly", "Spicy",
        "Sunny", "Crispy", "Fresh", "Tasty", "Famous", "Original", "Great", "Star", "Bright",
        "Village", "Corner", "Urban", "Classic", "Express", "Premier", "Elite", "Supreme", "Magic",
        "Perfect", "Prime", "Rapid", "Smart", "Top", "Best", "First", "Noble", "Wild", "Humble"};
    private static final String[] NOUNS = {"Dragon", "Lion", "Chicken", "Pizza", "Kebab", "Curry",
        "Garden", "Palace", "House", "Kitchen", "Oven", "Grill", "Wok", "Bamboo", "Lotus", "Olive",
        "Bean", "Cup", "Spoon", "Fork", "Plate", "Bowl", "Star", "Moon", "Sun", "Crown", "Rose",
        "Anchor", "Ship", "Oak", "Fox", "Swan", "Eagle", "Bear", "Tiger", "Phoenix", "Harbour",
        "Bridge", "Castle", "Tower", "Mill", "Forge", "Barn", "Hive", "Nest", "Leaf", "Stone"};
    private static final String[] TRADES = {"Takeaway", "Restaurant", "Cafe", "Bakery",
        "Butchers", "Grocers", "Newsagents", "Convenience Store", "Off Licence", "Fish Bar",
        "Chippy", "Barbers", "Hair Salon", "Nail Bar", "Beauty Salon", "Tattoo Studio",
        "Dry Cleaners", "Launderette", "Pharmacy", "Opticians", "Dental Practice", "Vets",
        "Garage", "Car Wash", "Tyres", "Motors", "Builders", "Plumbing", "Electrical", "Roofing",
        "Joinery", "Decorators", "Cleaning Services", "Security", "Lettings", "Estate Agents",
        "Solicitors", "Accountants", "Nursery", "Care Home", "Gym", "Fitness", "Studio", "Hotel",
        "Guest House", "Bar", "Pub", "Wine Bar", "Deli", "Patisserie", "Sweet Shop", "Florist",
        "Hardware", "Pet Shop", "Bookshop", "Mobile Repairs", "Print Shop", "Tailors", "Jewellers",
        "Off-Licence", "Supermarket", "Food Centre", "Catering", "Events", "Logistics", "Couriers"};
    private static final String[] CHAINS = {"Costcutter", "Greggs", "Subway", "Tesco Express",
        "Sainsbury's Local", "Co-op Food", "Spar", "Londis", "Premier Stores", "McColl's",
        "Domino's Pizza", "Papa John's", "KFC", "McDonald's", "Costa Coffee", "Starbucks",
        "Pizza Hut Delivery", "Boots", "Superdrug", "Ladbrokes", "William Hill", "Betfred",
        "Specsavers", "Timpson", "Cash Converters", "Nisa Local", "One Stop", "Wetherspoon"};
    private static final String[] VENUES = {"Arms", "Inn", "Tavern", "Head", "Hotel", "Bar"};
    private static final String[] CENTRE_NAMES = {"Enterprise Centre", "Business Park",
        "Trading Estate", "Business Centre", "Industrial Estate", "Workshops"};
    private static final String[] SUFFIX_LONG = {"Limited", "Ltd", "Ltd.", "LTD", "Limited"};

    private final long seed;
    private final double duplicateRate;

    /**
     * Creates a generator.
     *
     * @param seed random seed; equal seeds give equal files
     * @param duplicateRate share of businesses that appear more than once
     */
    public SyntheticBusinesses(long seed, double duplicateRate) {
        this.seed = seed;
        this.duplicateRate = duplicateRate;
    }

    /** A clean business. */
    private record Business(long trueId, String name, boolean legal, String unit, int houseNumber,
            String streetName, int streetType, int town, String postcode, String phone,
            String company, String uprn, String first, String last) {
    }

    /**
     * Generates records in memory.
     *
     * @param count number of records
     * @return rows in {@link #HEADER} order
     */
    public List<String[]> generate(long count) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> rows = new ArrayList<>((int) count);
        long trueId = 0;
        // Enough streets that unrelated businesses share an address about as rarely as in a real
        // register (business centres apart), however many records are asked for.
        int streetsPerTown = (int) Math.max(400, count / TOWNS.length / 6);
        while (rows.size() < count) {
            Business b = business(r, ++trueId, streetsPerTown);
            int copies = 1;
            if (r.nextDouble() < duplicateRate) {
                double x = r.nextDouble();
                copies = x < 0.6 ? 2 : x < 0.9 ? 3 : 4;
            }
            for (int c = 0; c < copies && rows.size() < count; c++) {
                rows.add(c == 0 ? clean(b, r) : variant(b, r));
            }
        }
        // Shuffle so that copies of one business are not neighbours in the file.
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String[] t = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, t);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i)[1] = "R" + (i + 1);
        }
        return rows;
    }

    /**
     * Generates and writes a CSV file.
     *
     * @param count number of records
     * @param file output file
     * @return number of distinct businesses
     * @throws IOException on write failure
     */
    public long write(long count, Path file) throws IOException {
        List<String[]> rows = generate(count);
        long businesses = rows.stream().map(x -> x[0]).distinct().count();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(HEADER);
            for (String[] row : rows) {
                p.printRecord((Object[]) row);
            }
        }
        return businesses;
    }

    private static <T> T pick(SplittableRandom r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    private Business business(SplittableRandom r, long id, int streetsPerTown) {
        int town = r.nextInt(TOWNS.length);
        String name;
        double k = r.nextDouble();
        boolean legalAllowed = true;
        if (k < 0.08) {
            name = pick(r, CHAINS);
            legalAllowed = false;
        } else if (k < 0.30) {
            name = pick(r, SURNAMES) + "'s " + pick(r, TRADES);
        } else if (k < 0.55) {
            name = pick(r, ADJECTIVES) + " " + pick(r, NOUNS) + " " + pick(r, TRADES);
        } else if (k < 0.65) {
            name = TOWNS[town][0] + " " + pick(r, TRADES);
        } else if (k < 0.75) {
            name = pick(r, SURNAMES) + " & " + pick(r, SURNAMES) + " " + pick(r, TRADES);
        } else if (k < 0.82) {
            name = "The " + pick(r, ADJECTIVES) + " " + pick(r, NOUNS) + " " + pick(r, VENUES);
        } else if (k < 0.90) {
            name = pick(r, FIRST_NAMES) + " " + pick(r, SURNAMES) + " " + pick(r, TRADES);
        } else {
            name = pick(r, NOUNS) + " " + pick(r, NOUNS) + " " + pick(r, TRADES);
        }
        boolean legal = legalAllowed && r.nextDouble() < 0.35;
        // Streets are numbered within the town so that the same street name recurs across towns.
        int street = r.nextInt(streetsPerTown);
        String streetName = STREET_NAMES[street % STREET_NAMES.length];
        int streetType = (street / STREET_NAMES.length) % STREET_TYPES.length;
        int house = 1 + r.nextInt(r.nextDouble() < 0.8 ? 150 : 400);
        String unit = null;
        if (r.nextDouble() < 0.05) {
            // A business centre: many units at one street address.
            unit = String.valueOf(1 + r.nextInt(40));
            house = 1 + (street % 7);
            streetName = streetName + " " + pick(r, CENTRE_NAMES).split(" ")[0];
        }
        // Same-named streets in one town lie in different districts, as in real towns.
        int district = 1 + (street * 7 + town + street / (STREET_NAMES.length * STREET_TYPES.length)) % 28;
        int block = house / 20;
        int h = (int) ((street * 2654435761L + block * 40503L + town * 9176L) & 0x7fffffff);
        String inward = (h % 9 + 1) + "" + (char) ('A' + (h / 9) % 26) + (char) ('A' + (h / 234) % 26);
        String postcode = TOWNS[town][1] + district + " " + inward;
        String area = TOWNS[town][2];
        String phone;
        if (r.nextDouble() < 0.25) {
            phone = "07" + digits(r, 9);
        } else {
            phone = area + digits(r, 11 - area.length());
        }
        String company = null;
        if (legal || r.nextDouble() < 0.15) {
            double c = r.nextDouble();
            String prefix = c < 0.8 ? "" : c < 0.9 ? "SC" : c < 0.95 ? "NI" : "OC";
            company = prefix + digits(r, 8 - prefix.length());
            if (prefix.isEmpty()) {
                company = "0" + company.substring(1);
            }
        }
        String uprn = r.nextDouble() < 0.5 ? String.valueOf(10_000_000L + (r.nextLong() & 0xffffffffffL)
                % 99_989_999_999L) : null;
        return new Business(id, name, legal, unit, house, streetName, streetType, town, postcode,
                phone, company, uprn, pick(r, FIRST_NAMES), pick(r, SURNAMES));
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private String[] clean(Business b, SplittableRandom r) {
        String name = b.legal() ? b.name() + " Ltd" : b.name();
        String addr = (b.unit() == null ? "" : "Unit " + b.unit() + ", ") + b.houseNumber() + " "
                + b.streetName() + " " + STREET_TYPES[b.streetType()][0];
        return new String[] {String.valueOf(b.trueId()), null, name, addr, TOWNS[b.town()][0],
            b.postcode(), spaced(b.phone()), b.company(), b.uprn(),
            r.nextDouble() < 0.6 ? b.first() + " " + b.last() : null};
    }

    private String[] variant(Business b, SplittableRandom r) {
        // name
        String name = b.name();
        if (r.nextDouble() < 0.3) {
            name = name.replace(" & ", " and ");
        } else if (r.nextDouble() < 0.1) {
            name = name.replace(" and ", " & ");
        }
        if (name.startsWith("The ") && r.nextDouble() < 0.4) {
            name = name.substring(4);
        }
        if (b.legal() && r.nextDouble() < 0.7) {
            name = name + " " + pick(r, SUFFIX_LONG);
        }
        if (r.nextDouble() < 0.15) {
            name = name.replace("'s", "s");
        }
        if (r.nextDouble() < 0.15) {
            name = typo(name, r);
        }
        if (r.nextDouble() < 0.08) {
            String[] w = name.split(" ");
            if (w.length > 2) {
                int drop = 1 + r.nextInt(w.length - 1);
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < w.length; i++) {
                    if (i != drop) {
                        s.append(s.length() > 0 ? " " : "").append(w[i]);
                    }
                }
                name = s.toString();
            }
        }
        name = casing(name, r);
        // address
        String street = b.streetName() + " " + STREET_TYPES[b.streetType()][r.nextDouble() < 0.5 ? 1 : 0];
        if (r.nextDouble() < 0.1) {
            street = typo(street, r);
        }
        String number = String.valueOf(b.houseNumber());
        String addr;
        double a = r.nextDouble();
        if (a < 0.6) {
            addr = number + " " + street;
        } else if (a < 0.8) {
            addr = number + ", " + street;
        } else if (a < 0.9) {
            addr = number + " " + street + ", " + TOWNS[b.town()][0];
        } else {
            addr = street;
        }
        if (b.unit() != null && r.nextDouble() < 0.8) {
            addr = (r.nextDouble() < 0.5 ? "Unit " : "Unit No. ") + b.unit() + ", " + addr;
        }
        addr = casing(addr, r);
        if (r.nextDouble() < 0.08) {
            addr = null;
        }
        String town = r.nextDouble() < 0.25 ? null : casing(TOWNS[b.town()][0], r);
        String postcode = b.postcode();
        double p = r.nextDouble();
        if (p < 0.2) {
            postcode = postcode.replace(" ", "").toLowerCase(Locale.ROOT);
        } else if (p < 0.3) {
            postcode = postcode.toLowerCase(Locale.ROOT);
        } else if (p < 0.35) {
            postcode = postcode.replace(" ", "  ");
        } else if (p < 0.5) {
            postcode = null;
        } else if (p < 0.53) {
            postcode = typo(postcode, r).toUpperCase(Locale.ROOT);
        }
        String phone = r.nextDouble() < 0.3 ? null : phoneFormat(b.phone(), r);
        String company = b.company();
        if (company != null) {
            double c = r.nextDouble();
            if (c < 0.4) {
                company = null;
            } else if (c < 0.6) {
                company = company.replaceFirst("^0+", "");
            } else if (c < 0.7) {
                company = company.substring(0, 2) + " " + company.substring(2);
            } else if (c < 0.75) {
                company = company.toLowerCase(Locale.ROOT);
            }
        }
        String uprn = b.uprn() == null || r.nextDouble() < 0.5 ? null
                : r.nextDouble() < 0.2 ? "00" + b.uprn() : b.uprn();
        String contact = null;
        double c = r.nextDouble();
        if (c < 0.25) {
            contact = b.first() + " " + b.last();
        } else if (c < 0.35) {
            contact = b.last() + ", " + b.first();
        } else if (c < 0.45) {
            contact = "Mr " + b.first().charAt(0) + " " + b.last();
        } else if (c < 0.5) {
            contact = casing(b.first() + " " + b.last(), r);
        }
        return new String[] {String.valueOf(b.trueId()), null, name, addr, town, postcode, phone,
            company, uprn, contact};
    }

    private static String spaced(String phone) {
        if (phone.startsWith("07")) {
            return phone.substring(0, 5) + " " + phone.substring(5);
        }
        if (phone.startsWith("02")) {
            return phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        }
        int area = phone.startsWith("01") && phone.charAt(3) == '1' ? 4 : 5;
        return phone.substring(0, area) + " " + phone.substring(area);
    }

    private static String phoneFormat(String phone, SplittableRandom r) {
        String national = phone.substring(1);
        double x = r.nextDouble();
        if (x < 0.3) {
            return phone;
        } else if (x < 0.5) {
            return spaced(phone);
        } else if (x < 0.65) {
            return "+44 " + spaced(phone).substring(1);
        } else if (x < 0.75) {
            return "0044 " + national;
        } else if (x < 0.85) {
            return "+44 (0)" + spaced(phone).substring(1);
        } else if (x < 0.95) {
            String s = spaced(phone);
            int sp = s.indexOf(' ');
            return "(" + s.substring(0, sp) + ")" + s.substring(sp);
        }
        return typo(phone, r).replaceAll("[^0-9]", "0");
    }

    private static String casing(String s, SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.15) {
            return s.toUpperCase(Locale.ROOT);
        }
        if (x < 0.25) {
            return s.toLowerCase(Locale.ROOT);
        }
        return s;
    }

    private static String typo(String s, SplittableRandom r) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + r.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        return switch (r.nextInt(4)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + (char) ('a' + r.nextInt(26)) + s.substring(i);
            case 2 -> {
                char t = c[i];
                c[i] = c[i + 1 < c.length ? i + 1 : i - 1];
                c[i + 1 < c.length ? i + 1 : i - 1] = t;
                yield new String(c);
            }
            default -> {
                c[i] = (char) ('a' + r.nextInt(26));
                yield new String(c);
            }
        };
    }
}
