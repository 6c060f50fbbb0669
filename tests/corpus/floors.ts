/** Written by scripts/set-floors.ts from measured figures; see tests/rules/corpus.test.ts. */
export const FLOORS: Record<string, { cleanWarned: number; breachSilent: number; categories: Record<string, { precision: number; recall: number }> }> = {
  "tests/corpus/dev.jsonl": {
    "cleanWarned": 0.024,
    "breachSilent": 0.033,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.91,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.94,
        "recall": 0.94
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.63,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev2.jsonl": {
    "cleanWarned": 0.049,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.92,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.95,
        "recall": 0.95
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.92,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev3.jsonl": {
    "cleanWarned": 0.045,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.72,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev4.jsonl": {
    "cleanWarned": 0.015,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.8,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.95,
        "recall": 0.95
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.65,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/everyday-name-nursery.jsonl": {
    "cleanWarned": 0.096,
    "breachSilent": 0.026,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.89
      },
      "personal-info": {
        "precision": 0.9,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.93,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-primary.jsonl": {
    "cleanWarned": 0.057,
    "breachSilent": 0.022,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.95
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.89
      },
      "confidential": {
        "precision": 0.94,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.96,
        "recall": 0.95
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/community-preschool.jsonl": {
    "cleanWarned": 0.151,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.95
      },
      "derogatory": {
        "precision": 0.71,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.71,
        "recall": 0.94
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.96
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/childminder-club.jsonl": {
    "cleanWarned": 0.101,
    "breachSilent": 0.022,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.8,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.95
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.81
      },
      "personal-info": {
        "precision": 0.55,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.95,
        "recall": 0.95
      },
      "work-talk": {
        "precision": 0.9,
        "recall": 0.96
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/secondary-high.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.026,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.75,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.84,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.94,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.89,
        "recall": 0.95
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/forest-nursery.jsonl": {
    "cleanWarned": 0.19,
    "breachSilent": 0.077,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.73,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.52,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.87,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.57,
        "recall": 0.78
      },
      "confidential": {
        "precision": 0.62,
        "recall": 0.71
      },
      "work-talk": {
        "precision": 0.74,
        "recall": 0.88
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.87
      }
    }
  },
  "tests/corpus/settings/out-of-school-club.jsonl": {
    "cleanWarned": 0.162,
    "breachSilent": 0.059,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.87,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.49,
        "recall": 0.66
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.63,
        "recall": 0.67
      },
      "confidential": {
        "precision": 0.52,
        "recall": 0.43
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.82
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.84
      }
    }
  },
  "tests/corpus/settings/infant-school.jsonl": {
    "cleanWarned": 0.174,
    "breachSilent": 0.058,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.82,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.54,
        "recall": 0.67
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.74,
        "recall": 0.73
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.63
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.87
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-group.jsonl": {
    "cleanWarned": 0.216,
    "breachSilent": 0.041,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.76,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.87,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.64,
        "recall": 0.68
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.6,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.68,
        "recall": 0.4
      },
      "work-talk": {
        "precision": 0.77,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.87,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/family-hub.jsonl": {
    "cleanWarned": 0.125,
    "breachSilent": 0.102,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.55,
        "recall": 0.53
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.87
      },
      "personal-info": {
        "precision": 0.53,
        "recall": 0.8
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.43
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.75
      }
    }
  },
  "tests/corpus/everyday/everyday-1.jsonl": {
    "cleanWarned": 0.071,
    "breachSilent": 0.066,
    "categories": {
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.94,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.84,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-2.jsonl": {
    "cleanWarned": 0.078,
    "breachSilent": 0.036,
    "categories": {
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.92,
        "recall": 0.95
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.85,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-3.jsonl": {
    "cleanWarned": 0.095,
    "breachSilent": 0.096,
    "categories": {
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.66,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/holdout.jsonl": {
    "cleanWarned": 0.082,
    "breachSilent": 0.065,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.89
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.92,
        "recall": 0.64
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-1.jsonl": {
    "cleanWarned": 0.186,
    "breachSilent": 0.088,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.89
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.58,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.88
      },
      "personal-info": {
        "precision": 0.7,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.7,
        "recall": 0.57
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.81
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.85
      }
    }
  },
  "tests/corpus/sealed/sealed-2.jsonl": {
    "cleanWarned": 0.241,
    "breachSilent": 0.077,
    "categories": {
      "setting-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.75,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.56,
        "recall": 0.66
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.63
      },
      "confidential": {
        "precision": 0.75,
        "recall": 0.69
      },
      "work-talk": {
        "precision": 0.76,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.87,
        "recall": 0.77
      }
    }
  },
  "tests/corpus/sealed/sealed-3.jsonl": {
    "cleanWarned": 0.11,
    "breachSilent": 0.124,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.59,
        "recall": 0.56
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.87
      },
      "personal-info": {
        "precision": 0.76,
        "recall": 0.62
      },
      "confidential": {
        "precision": 0.61,
        "recall": 0.53
      },
      "work-talk": {
        "precision": 0.73,
        "recall": 0.78
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.74
      }
    }
  },
  "tests/corpus/sealed/sealed-4.jsonl": {
    "cleanWarned": 0.158,
    "breachSilent": 0.093,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.65,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.83
      },
      "derogatory": {
        "precision": 0.56,
        "recall": 0.55
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.84
      },
      "personal-info": {
        "precision": 0.53,
        "recall": 0.83
      },
      "confidential": {
        "precision": 0.78,
        "recall": 0.52
      },
      "work-talk": {
        "precision": 0.75,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.89
      }
    }
  },
  "tests/corpus/sealed/sealed-5.jsonl": {
    "cleanWarned": 0.144,
    "breachSilent": 0.068,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.74
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.93
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.61,
        "recall": 0.75
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.6,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.7,
        "recall": 0.54
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.84
      },
      "political-religious": {
        "precision": 0.83,
        "recall": 0.93
      }
    }
  },
  "tests/corpus/sealed/sealed-6.jsonl": {
    "cleanWarned": 0.151,
    "breachSilent": 0.073,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.65,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.56,
        "recall": 0.67
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.54,
        "recall": 0.77
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.64
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.87
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.87
      }
    }
  },
  "tests/corpus/contrast/counterfactual.jsonl": {
    "cleanWarned": 0.041,
    "breachSilent": 0.047,
    "categories": {
      "setting-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.95,
        "recall": 0.88
      },
      "staff-name": {
        "precision": 0.96,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.64,
        "recall": 0.58
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.54
      },
      "work-talk": {
        "precision": 0.69,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.89
      }
    }
  },
  "tests/corpus/contrast/minimal-pairs.jsonl": {
    "cleanWarned": 0.098,
    "breachSilent": 0.081,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.96,
        "recall": 0.9
      },
      "staff-name": {
        "precision": 0.96,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.79
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.89
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.6
      },
      "work-talk": {
        "precision": 0.59,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.88
      }
    }
  }
};
