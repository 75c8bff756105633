-- Reference data the partnership maintains (issue 16, deliverable 3; ADR 0031): agencies' short names,
-- guidance for officers beside each golden indicator, every wording an indicator has had, contact points
-- per agency and area, and the directory of agencies' powers used to suggest a visit's lead agency.
-- Also: when Keycloak said a user was disabled, so administrators can see it (issue 15, item 14).

ALTER TABLE agency ADD COLUMN short_name VARCHAR(40) NULL AFTER name;
UPDATE agency SET short_name = CASE code
    WHEN 'FOOD'        THEN 'Food safety'
    WHEN 'LICENSING'   THEN 'Licensing'
    WHEN 'HOUSING'     THEN 'Housing'
    WHEN 'TRADING_STD' THEN 'Trading Standards'
    WHEN 'FIRE'        THEN 'Fire and rescue'
    WHEN 'POLICE'      THEN 'Police'
    WHEN 'IMMIGRATION' THEN 'Immigration'
    WHEN 'HMRC'        THEN 'HMRC'
    WHEN 'GLAA'        THEN 'GLAA'
    WHEN 'HSE'         THEN 'HSE'
    WHEN 'RATES'       THEN 'Business rates'
    WHEN 'INSOLVENCY'  THEN 'Insolvency Service'
    ELSE LEFT(name, 40) END;
ALTER TABLE agency MODIFY COLUMN short_name VARCHAR(40) NOT NULL;

-- Guidance printed beside the indicator on the concern card: what to note, what not to do.
ALTER TABLE indicator ADD COLUMN guidance VARCHAR(1000) NULL AFTER wording;
UPDATE indicator SET guidance = CASE code
    WHEN 'IMM_NERVOUS_WORKERS'  THEN 'Note how many workers, what they did (left, hid, avoided you) and when. Do not question them about their status.'
    WHEN 'IMM_WORKERS_LIVING'   THEN 'Note bedding, cooking or washing signs and how many people appear to live there. Do not enter living areas you have no power to enter.'
    WHEN 'IMM_NOT_SPEAKING'     THEN 'Note who answered for whom and any sign of control (documents held, pay collected). If anyone is in immediate danger, call 999.'
    WHEN 'HMRC_POOR_RECORDS'    THEN 'Note what records you asked for and what you were shown (or told). Do not take copies unless your own powers allow it.'
    WHEN 'HMRC_HIGH_TRADE'      THEN 'Note the day, time, number of customers and staff, and anything that suggests trade beyond what is declared.'
    WHEN 'HMRC_TWO_TILLS'       THEN 'Note where each till is and whether receipts are given from both. Do not mention HMRC to the business.'
    WHEN 'FIRE_SLEEPING'        THEN 'Note where people sleep (above, behind or below the shop), how they would get out and whether smoke alarms are fitted. Serious risk to life: call the fire service control room now.'
    WHEN 'FIRE_EXITS_BLOCKED'   THEN 'Note which exits, how they were blocked or locked, and the time. A photo helps.'
    WHEN 'TS_IGNORES_ADVICE'    THEN 'Note the advice given before (by whom and when, if known) and what is still not done.'
    WHEN 'TS_EVASIVE_OWNERSHIP' THEN 'Note the names given for the owner or company, any registration numbers on display and what did not add up.'
    WHEN 'DC_WASTE_DISPOSAL'    THEN 'Note what waste, where it was left and whether a trade waste agreement was shown.'
    WHEN 'DC_LOCKED_ROOMS'      THEN 'Note which rooms or doors, who holds the keys and what reason was given.'
    WHEN 'DC_SIGNS_OF_LIVING'   THEN 'Note what you saw (mattresses, towels, cooking) and where. Do not enter private rooms.'
    WHEN 'DC_PESTS'             THEN 'Note the signs (droppings, live pests, gnaw marks) and where food is stored nearby.'
    WHEN 'DC_SMOKING'           THEN 'Note who was smoking, where and whether no-smoking signs are displayed.'
    WHEN 'DC_INTERNAL_LOCKS'    THEN 'Note which doors or cupboards are locked and from which side.'
    ELSE NULL END;

-- Every wording an indicator has had: version 1 is the seed. A referral keeps its own copy of the
-- wording it was sent with (referral_indicator); this table says what the card said and when.
CREATE TABLE indicator_wording (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    indicator_id    BIGINT       NOT NULL,
    wording_version INT          NOT NULL,
    wording         VARCHAR(500) NOT NULL,
    changed_by      VARCHAR(100) NOT NULL,
    changed_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_wording UNIQUE (indicator_id, wording_version),
    CONSTRAINT fk_indicator_wording_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO indicator_wording (indicator_id, wording_version, wording, changed_by, changed_at)
SELECT id, wording_version, wording, 'seed', UTC_TIMESTAMP(6) FROM indicator;

-- Whom officers contact, per agency and area. Numbers are in Ofcom's drama range (01632 960xxx) and
-- addresses at example.gov.uk / example.org: placeholders until each partnership enters its own.
CREATE TABLE agency_contact (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id          BIGINT       NOT NULL,
    name               VARCHAR(200) NOT NULL,
    phone              VARCHAR(40)  NULL,
    email              VARCHAR(254) NULL,
    area               VARCHAR(100) NOT NULL,
    postcode_districts VARCHAR(300) NULL,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    lock_version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_contact_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_agency_contact_agency (agency_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO agency_contact (agency_id, name, phone, email, area, postcode_districts)
SELECT a.id, c.name, c.phone, c.email, c.area, c.districts
FROM (
    SELECT 'FOOD' AS code, 'Food and safety duty officer' AS name, '01632 960101' AS phone, 'food.safety@luton.example.gov.uk' AS email, 'Luton' AS area, 'LU1 LU2 LU3 LU4' AS districts
    UNION ALL SELECT 'FOOD', 'Environmental health duty officer', '01632 960102', 'env.health@centralbeds.example.gov.uk', 'Central Bedfordshire', 'LU5 LU6 LU7 SG15 SG16 SG17 SG18 SG19 MK17 MK45'
    UNION ALL SELECT 'FOOD', 'Food safety team', '01632 960103', 'food.safety@bedford.example.gov.uk', 'Bedford', 'MK40 MK41 MK42 MK43 MK44'
    UNION ALL SELECT 'LICENSING', 'Licensing team', '01632 960111', 'licensing@luton.example.gov.uk', 'Luton', 'LU1 LU2 LU3 LU4'
    UNION ALL SELECT 'LICENSING', 'Licensing team', '01632 960112', 'licensing@bedford.example.gov.uk', 'Bedford and Central Bedfordshire', 'MK40 MK41 MK42 MK43 MK44 MK45 LU5 LU6 LU7'
    UNION ALL SELECT 'HOUSING', 'Private sector housing (HMO licensing)', '01632 960121', 'hmo@luton.example.gov.uk', 'Luton', 'LU1 LU2 LU3 LU4'
    UNION ALL SELECT 'HOUSING', 'Private sector housing', '01632 960122', 'housing.standards@bedford.example.gov.uk', 'Bedford', 'MK40 MK41 MK42 MK43 MK44'
    UNION ALL SELECT 'TRADING_STD', 'Trading Standards intelligence officer', '01632 960131', 'ts.intelligence@example.gov.uk', 'Bedfordshire', NULL
    UNION ALL SELECT 'FIRE', 'Fire protection hub', '01632 960141', 'fire.protection@bedsfire.example.gov.uk', 'Bedfordshire', NULL
    UNION ALL SELECT 'POLICE', 'Community safety sergeant, Luton', '01632 960151', 'luton.csp@police.example.gov.uk', 'Luton', 'LU1 LU2 LU3 LU4'
    UNION ALL SELECT 'POLICE', 'Force intelligence bureau (non-urgent; 999 in an emergency)', '01632 960152', 'fib@police.example.gov.uk', 'Bedfordshire', NULL
    UNION ALL SELECT 'IMMIGRATION', 'Immigration Compliance and Enforcement team, East of England', '01632 960161', 'ice.east@homeoffice.example.gov.uk', 'East of England', NULL
    UNION ALL SELECT 'HMRC', 'Local partnership single point of contact', NULL, 'partnership.spoc@hmrc.example.gov.uk', 'England', NULL
    UNION ALL SELECT 'GLAA', 'Intelligence team', '01632 960181', 'intelligence@glaa.example.gov.uk', 'England and Wales', NULL
    UNION ALL SELECT 'HSE', 'Field operations, East of England', '01632 960191', 'east.fod@hse.example.gov.uk', 'East of England', NULL
    UNION ALL SELECT 'RATES', 'Business rates inspection', '01632 960201', 'business.rates@luton.example.gov.uk', 'Luton', 'LU1 LU2 LU3 LU4'
    UNION ALL SELECT 'INSOLVENCY', 'Investigation and enforcement services intake', NULL, 'intelligence@insolvency.example.gov.uk', 'England and Wales', NULL
) c JOIN agency a ON a.code = c.code;

-- What each agency may do: advice for planning who leads a visit, not legal advice. kind is one of
-- AgencyPower.Kind; legal_basis names the provision so an officer can check the conditions.
CREATE TABLE agency_power (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    agency_id    BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    legal_basis  VARCHAR(200)  NOT NULL,
    notes        VARCHAR(1000) NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    lock_version BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_power_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_agency_power_agency (agency_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO agency_power (agency_id, kind, title, legal_basis, notes)
SELECT a.id, p.kind, p.title, p.basis, p.notes
FROM (
    SELECT 'POLICE' AS code, 'ENTRY_WITHOUT_WARRANT' AS kind, 'Entry to arrest, to save life or to prevent serious damage; search after arrest' AS title, 'Police and Criminal Evidence Act 1984 ss17, 18 and 32' AS basis, 'Only for the purposes the sections list; not for a general inspection.' AS notes
    UNION ALL SELECT 'POLICE', 'CLOSURE', 'Closure notice and closure order for premises associated with nuisance or disorder', 'Anti-social Behaviour, Crime and Policing Act 2014 ss76 and 80', 'A notice lasts up to 48 hours; the magistrates'' court makes the order.'
    UNION ALL SELECT 'POLICE', 'LICENCE_REVIEW', 'Summary review of a premises licence for serious crime or serious disorder', 'Licensing Act 2003 s53A', 'Interim steps within 48 hours, up to suspension.'
    UNION ALL SELECT 'IMMIGRATION', 'ENTRY_WITHOUT_WARRANT', 'Entry to business premises to arrest immigration offenders, on a senior officer''s written authority', 'Immigration Act 1971 s28CA', 'Needs an Assistant Director''s authority; not a power to inspect documents generally.'
    UNION ALL SELECT 'IMMIGRATION', 'CIVIL_PENALTY', 'Civil penalty for employing someone without the right to work', 'Immigration, Asylum and Nationality Act 2006 s15', NULL
    UNION ALL SELECT 'IMMIGRATION', 'CLOSURE', 'Illegal working closure notice and compliance order', 'Immigration Act 2016 s38 and Schedule 6', 'Notice for up to 48 hours; the court may order closure for up to 12 months.'
    UNION ALL SELECT 'HMRC', 'PAY_RECORDS', 'Require pay records and enter premises to check the national minimum wage', 'National Minimum Wage Act 1998 s14', 'HMRC enforces the minimum wage for the Department for Business and Trade.'
    UNION ALL SELECT 'HMRC', 'INSPECTION', 'Inspect business premises, assets and documents for tax', 'Finance Act 2008 Schedule 36 paragraph 10', 'At a reasonable time; unannounced only with an authorised officer''s approval.'
    UNION ALL SELECT 'FIRE', 'ENTRY_WITHOUT_WARRANT', 'Inspectors may enter premises at any reasonable time to inspect fire safety', 'Regulatory Reform (Fire Safety) Order 2005 article 27', 'Residential parts of premises are outside the Order except common parts.'
    UNION ALL SELECT 'FIRE', 'PROHIBITION', 'Prohibition notice restricting or stopping use of premises where the risk to people is serious', 'Regulatory Reform (Fire Safety) Order 2005 article 31', 'Takes effect at once when the risk is imminent.'
    UNION ALL SELECT 'LICENSING', 'ENTRY_WITHOUT_WARRANT', 'Authorised officers may enter premises to check a licensable activity is carried on under a licence', 'Licensing Act 2003 s179', NULL
    UNION ALL SELECT 'LICENSING', 'LICENCE_REVIEW', 'Apply for a review of a premises licence (any responsible authority may)', 'Licensing Act 2003 s51', 'The licensing sub-committee may suspend, modify conditions or revoke.'
    UNION ALL SELECT 'FOOD', 'ENTRY_WITHOUT_WARRANT', 'Authorised officers may enter food premises at all reasonable hours', 'Food Safety Act 1990 s32', '24 hours'' notice for premises used only as a private dwelling.'
    UNION ALL SELECT 'FOOD', 'PROHIBITION', 'Hygiene emergency prohibition notice closing premises at once for an imminent risk to health', 'Food Safety and Hygiene (England) Regulations 2013 regulation 8', 'Must be confirmed by a magistrates'' court within three days of applying.'
    UNION ALL SELECT 'HOUSING', 'INSPECTION', 'Enter residential premises to survey or examine them, on 24 hours'' notice', 'Housing Act 2004 s239', 'A warrant (s240) where entry is refused.'
    UNION ALL SELECT 'HOUSING', 'PROHIBITION', 'Prohibition order on a dwelling or HMO with category 1 hazards', 'Housing Act 2004 s20', NULL
    UNION ALL SELECT 'TRADING_STD', 'INSPECTION', 'Routine inspection of trade premises on two working days'' notice, or without notice where notice would defeat it', 'Consumer Rights Act 2015 Schedule 5 paragraphs 23 and 32', NULL
    UNION ALL SELECT 'TRADING_STD', 'SEIZURE', 'Seize and detain goods and documents as evidence', 'Consumer Rights Act 2015 Schedule 5 paragraphs 28 and 29', NULL
    UNION ALL SELECT 'GLAA', 'ENTRY_WITHOUT_WARRANT', 'Enforcement officers may enter premises to check gangmaster licensing', 'Gangmasters (Licensing) Act 2004 s16', NULL
    UNION ALL SELECT 'GLAA', 'ARREST', 'Labour abuse prevention officers hold police-style powers for labour market offences', 'Police and Criminal Evidence Act 1984 s114B (inserted by the Immigration Act 2016)', NULL
    UNION ALL SELECT 'HSE', 'ENTRY_WITHOUT_WARRANT', 'Inspectors may enter workplaces at any reasonable time', 'Health and Safety at Work etc. Act 1974 s20', NULL
    UNION ALL SELECT 'HSE', 'PROHIBITION', 'Prohibition notice stopping an activity with a risk of serious personal injury', 'Health and Safety at Work etc. Act 1974 s22', NULL
    UNION ALL SELECT 'INSOLVENCY', 'DIRECTOR_DISQUALIFICATION', 'Seek the disqualification of unfit company directors, or accept an undertaking', 'Company Directors Disqualification Act 1986 ss6, 7 and 8', 'Up to 15 years.'
    UNION ALL SELECT 'INSOLVENCY', 'WINDING_UP', 'Petition to wind up a company in the public interest', 'Insolvency Act 1986 s124A', NULL
) p JOIN agency a ON a.code = p.code;

ALTER TABLE user_profile ADD COLUMN disabled_at TIMESTAMP(6) NULL;
