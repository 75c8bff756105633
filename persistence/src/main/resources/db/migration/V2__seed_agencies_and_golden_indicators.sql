-- Reference data from the partnership's seed list (docs: shared DOMAIN.md).
-- Agency codes are the values Keycloak groups carry in their "agency" attribute.

INSERT INTO agency (code, name) VALUES
    ('FOOD',        'Food safety and environmental health'),
    ('LICENSING',   'Licensing'),
    ('HOUSING',     'Housing (HMOs)'),
    ('TRADING_STD', 'Trading standards'),
    ('FIRE',        'Fire and rescue (fire protection)'),
    ('POLICE',      'Police'),
    ('IMMIGRATION', 'Home Office Immigration Enforcement'),
    ('HMRC',        'HMRC (tax and national minimum wage)'),
    ('GLAA',        'Gangmasters and Labour Abuse Authority'),
    ('HSE',         'Health and Safety Executive'),
    ('RATES',       'Business rates'),
    ('INSOLVENCY',  'Insolvency Service');

INSERT INTO indicator (code, concern_area, wording, display_order) VALUES
    ('IMM_NERVOUS_WORKERS',   'Immigration',       'Workers nervous when officials attend', 1),
    ('IMM_WORKERS_LIVING',    'Immigration',       'Several workers living at or above the premises', 2),
    ('IMM_NOT_SPEAKING',      'Immigration',       'Workers not allowed to speak for themselves', 3),
    ('HMRC_POOR_RECORDS',     'HMRC',              'Poor record keeping', 1),
    ('HMRC_HIGH_TRADE',       'HMRC',              'Unexpectedly high volume of trade', 2),
    ('HMRC_TWO_TILLS',        'HMRC',              'Two tills (one for undeclared trade)', 3),
    ('FIRE_SLEEPING',         'Fire protection',   'Inappropriate or dangerous sleeping conditions', 1),
    ('FIRE_EXITS_BLOCKED',    'Fire protection',   'Exits blocked or locked while occupied', 2),
    ('TS_IGNORES_ADVICE',     'Trading standards', 'Repeated failure to heed compliance advice', 1),
    ('TS_EVASIVE_OWNERSHIP',  'Trading standards', 'Evasive about the legal entity or ownership of the business', 2),
    ('DC_WASTE_DISPOSAL',     'District council',  'Improper disposal of commercial waste', 1),
    ('DC_LOCKED_ROOMS',       'District council',  'Locked rooms or doors in commercial premises', 2),
    ('DC_SIGNS_OF_LIVING',    'District council',  'Signs of sleeping, living or washing (mattresses, towels) in commercial premises', 3),
    ('DC_PESTS',              'District council',  'Rats, mice or cockroaches', 4),
    ('DC_SMOKING',            'District council',  'Smoking in business premises', 5),
    ('DC_INTERNAL_LOCKS',     'District council',  'Locks on bedroom doors or kitchen cupboards', 6);

-- Which agencies receive each indicator. Council indicators go to the council service that acts
-- on them (environmental health for waste, pests and smoking; housing and fire for living
-- conditions); labour-exploitation signs also go to the GLAA.
INSERT INTO indicator_receiver (indicator_id, agency_id)
SELECT i.id, a.id
FROM indicator i
JOIN (
    SELECT 'IMM_NERVOUS_WORKERS' AS indicator_code, 'IMMIGRATION' AS agency_code
    UNION ALL SELECT 'IMM_WORKERS_LIVING',   'IMMIGRATION'
    UNION ALL SELECT 'IMM_WORKERS_LIVING',   'HOUSING'
    UNION ALL SELECT 'IMM_NOT_SPEAKING',     'IMMIGRATION'
    UNION ALL SELECT 'IMM_NOT_SPEAKING',     'GLAA'
    UNION ALL SELECT 'HMRC_POOR_RECORDS',    'HMRC'
    UNION ALL SELECT 'HMRC_HIGH_TRADE',      'HMRC'
    UNION ALL SELECT 'HMRC_TWO_TILLS',       'HMRC'
    UNION ALL SELECT 'FIRE_SLEEPING',        'FIRE'
    UNION ALL SELECT 'FIRE_EXITS_BLOCKED',   'FIRE'
    UNION ALL SELECT 'TS_IGNORES_ADVICE',    'TRADING_STD'
    UNION ALL SELECT 'TS_EVASIVE_OWNERSHIP', 'TRADING_STD'
    UNION ALL SELECT 'DC_WASTE_DISPOSAL',    'FOOD'
    UNION ALL SELECT 'DC_LOCKED_ROOMS',      'HOUSING'
    UNION ALL SELECT 'DC_LOCKED_ROOMS',      'FIRE'
    UNION ALL SELECT 'DC_SIGNS_OF_LIVING',   'HOUSING'
    UNION ALL SELECT 'DC_SIGNS_OF_LIVING',   'FIRE'
    UNION ALL SELECT 'DC_PESTS',             'FOOD'
    UNION ALL SELECT 'DC_SMOKING',           'FOOD'
    UNION ALL SELECT 'DC_INTERNAL_LOCKS',    'HOUSING'
) m ON m.indicator_code = i.code
JOIN agency a ON a.code = m.agency_code;
